using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Caching;

public sealed class EnrichmentCacheTests
{
    private static readonly Paper Paper = new("test-daily", "测试日报", "Test Daily");

    private static PrintedPage Page(string file, int number, params string[] paragraphs) => new()
    {
        Source = new PageSource { File = file, Paper = Paper, Date = new DateOnly(2020, 1, 2), Number = number, Text = string.Join("\n", paragraphs), Hash = file },
        Articles = [.. paragraphs.Select((p, i) => new Article
        {
            Paper = Paper, Date = new DateOnly(2020, 1, 2), PageNumber = number, Position = i + 1,
            Item = new SegmentedItem { Kind = ItemKind.News, Paragraphs = [p] },
        })],
    };

    private static Func<IReadOnlyList<PrintedPage>, IReadOnlyList<PrintedPage>> Enricher(List<string> seen, BuildReport report, string? failing = null) => pages =>
    {
        seen.AddRange(pages.Select(p => p.Source.File));
        foreach (var p in pages.Where(p => p.Source.File == failing))
            report.Warn("enrich", p.Source.File, "the translation service failed; using the dictionary gloss");
        return [.. pages.Select(p => p with
        {
            Articles = [.. p.Articles.Select(a => a with { Enrichment = new Model.Enrichment { SummaryZh = "摘要" + a.Item.Paragraphs[0], EnglishSource = EnglishSource.Gloss } })],
        })];
    };

    [Fact]
    public void Only_pages_with_a_changed_article_are_enriched_again_and_the_rest_come_back_equal()
    {
        using var dir = new TempDir();
        var pages = new[] { Page("a.txt", 1, "甲文", "乙文"), Page("b.txt", 2, "丙文") };
        var first = new List<string>();
        var report = new BuildReport();
        var cache = EnrichmentCache.Load(dir.Path, "inputs");
        var enriched = cache.Run(pages, report, Enricher(first, report));
        cache.Store.Save();

        var second = new List<string>();
        var again = EnrichmentCache.Load(dir.Path, "inputs");
        var changed = new[] { pages[0], Page("b.txt", 2, "丙文更正") };
        var result = again.Run(changed, report, Enricher(second, report));

        Assert.Equal(["a.txt", "b.txt"], first);
        Assert.Equal(["b.txt"], second);
        Assert.Equal(
            enriched[0].Articles.Select(a => System.Text.Json.JsonSerializer.Serialize(a.Enrichment)),
            result[0].Articles.Select(a => System.Text.Json.JsonSerializer.Serialize(a.Enrichment)));
        Assert.Equal("摘要丙文更正", result[1].Articles[0].Enrichment!.SummaryZh);
    }

    [Fact]
    public void A_page_whose_enrichment_warned_is_not_remembered_so_the_next_build_tries_again()
    {
        using var dir = new TempDir();
        var pages = new[] { Page("a.txt", 1, "甲文"), Page("b.txt", 2, "丙文") };
        var report = new BuildReport();
        var cache = EnrichmentCache.Load(dir.Path, "inputs");
        cache.Run(pages, report, Enricher([], report, failing: "b.txt"));
        cache.Store.Save();

        var second = new List<string>();
        EnrichmentCache.Load(dir.Path, "inputs").Run(pages, new BuildReport(), Enricher(second, new BuildReport()));

        Assert.Equal(["b.txt"], second);
    }

    [Fact]
    public void Different_enrichment_inputs_share_nothing()
    {
        using var dir = new TempDir();
        var pages = new[] { Page("a.txt", 1, "甲文") };
        var report = new BuildReport();
        var cache = EnrichmentCache.Load(dir.Path, "inputs");
        cache.Run(pages, report, Enricher([], report));
        cache.Store.Save();

        var second = new List<string>();
        EnrichmentCache.Load(dir.Path, "other inputs").Run(pages, report, Enricher(second, report));

        Assert.Equal(["a.txt"], second);
    }

    [Fact]
    public void The_build_state_tells_added_changed_and_removed_articles()
    {
        using var dir = new TempDir();
        var path = dir.Combine("build-state.txt");
        NewsArchive.State.BuildStateFile.Save(path, NewsArchive.State.BuildState.Empty with
        {
            FirstBuild = false,
            Articles = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" },
        });

        var changes = NewsArchive.State.BuildStateFile.Load(path).ChangesTo(new Dictionary<string, string> { ["a"] = "1", ["b"] = "9", ["d"] = "4" });

        Assert.False(changes.FirstBuild);
        Assert.Equal(["d"], changes.Added);
        Assert.Equal(["b"], changes.Changed);
        Assert.Equal(["c"], changes.Removed);
    }

    [Fact]
    public void An_article_key_follows_every_field_of_its_item_and_nothing_else()
    {
        var cache = new EnrichmentCache(ContentCache<Model.Enrichment>.Load(Path.Combine(Path.GetTempPath(), "none-" + Guid.NewGuid() + ".jsonl")), "inputs");
        Article With(SegmentedItem item) => new() { Paper = Paper, Date = new DateOnly(2020, 1, 2), PageNumber = 1, Position = 1, Item = item };
        SegmentedItem Item() => new() { Kind = ItemKind.News, Title = "春耕", Reporters = ["张三"], Paragraphs = ["第一段", "第二段"] };
        var key = cache.Key(With(Item()));
        Assert.Equal(key, cache.Key(With(Item())));
        Assert.NotEqual(key, cache.Key(With(Item() with { Kind = ItemKind.Photo })));
        Assert.NotEqual(key, cache.Key(With(Item() with { Title = "春耕忙" })));
        Assert.NotEqual(key, cache.Key(With(Item() with { Reporters = ["李四"] })));
        Assert.NotEqual(key, cache.Key(With(Item() with { Paragraphs = ["第一段第二段"] })));
        Assert.NotEqual(key, cache.Key(With(Item() with { Captions = ["图"] })));
        Assert.NotEqual(key, cache.Key(With(Item() with { Byline = "（记者 张三）" })));
    }
}
