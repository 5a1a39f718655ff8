using System.Diagnostics;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

public sealed class DictionaryGlossTests
{
    private static readonly EnglishRequest Request = new("a", null, "桐岭县新增市场主体1.6万户", null, "3月8日，桐岭县新增市场主体1.6万户，同比增长12.4%。");

    [Fact]
    public void Without_the_dictionary_the_gloss_degrades_and_says_why()
    {
        var gloss = new DictionaryGloss(null);

        var english = gloss.Render(Request);

        Assert.Contains("scripts/setup.sh", gloss.Problem, StringComparison.Ordinal);
        Assert.EndsWith("+no-dictionary", gloss.Version, StringComparison.Ordinal);
        Assert.Contains("March 8", english.Summary, StringComparison.Ordinal);
        Assert.Contains("16,000", english.Summary, StringComparison.Ordinal);
        Assert.Contains("12.4%", english.Summary, StringComparison.Ordinal);
        Assert.Contains("County", english.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_dictionary_degrades_instead_of_failing()
    {
        using var dir = new TempDir();
        var path = dir.Combine("all.js");
        File.WriteAllText(path, "export default {\"nothing\": 1}");

        var gloss = new DictionaryGloss(path);

        Assert.Contains("all.js", gloss.Problem, StringComparison.Ordinal);
        Assert.Contains("March 8", gloss.Render(Request).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_original_cedict_text_format_loads_too()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cedict_ts.u8");
        File.WriteAllText(path, "# CC-CEDICT\n新增 新增 [xin1 zeng1] /newly added/\n主體 主体 [zhu3 ti3] /main body/subject/\n");

        var dictionary = CedictDictionary.Load(path);

        Assert.Equal(2, dictionary.Count);
        Assert.Equal("main body", dictionary.Lookup("主体")[0].Senses[0]);
    }

    [Fact]
    public void The_dictionary_is_found_from_a_folder_inside_the_checkout()
    {
        var found = CedictLocator.Find([Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages")]);
        Assert.Equal(Path.Combine(Repo.Root, CedictLocator.RelativePath), found);
    }

    [Fact]
    public void The_dictionary_loads_once_however_many_glosses_use_it()
    {
        var path = CedictLocator.Find([Repo.Root])!;
        var a = new DictionaryGloss(path).Dictionary;
        var b = new DictionaryGloss(path).Dictionary;
        Assert.NotNull(a);
        Assert.Same(a, b);
        Assert.True(a.Count > 100_000);
    }

    [Fact]
    public void The_attribution_the_about_page_needs_names_the_licence()
    {
        Assert.Contains("CC-CEDICT", CedictAttribution.Text, StringComparison.Ordinal);
        Assert.Contains("Attribution-ShareAlike 4.0", CedictAttribution.Text, StringComparison.Ordinal);
        Assert.Contains(CedictAttribution.LicenceUrl, CedictAttribution.Text, StringComparison.Ordinal);
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", CedictAttribution.LicenceUrl);
    }

    [Fact]
    public void Enrichment_fills_every_field_in_order_with_the_gloss_as_source()
    {
        var paper = new Paper("tongling-daily", "桐岭日报", "Tongling Daily");
        var items = Enumerable.Range(1, 12).Select(i => new SegmentedItem
        {
            Kind = ItemKind.News,
            Title = $"桐岭县第{i}批项目开工",
            Paragraphs = [$"{i}月8日，桐岭县第{i}批重点项目集中开工，总投资{i * 3}.5亿元。县发展和改革委员会主任邹明远介绍，项目涵盖制造业和民生领域。"],
        }).ToList();
        var page = new PrintedPage
        {
            Source = new PageSource { File = "p.txt", Paper = paper, Date = new DateOnly(2024, 3, 9), Number = 1, Text = "", Hash = "h" },
            Articles = [.. items.Select((item, i) => new Article { Paper = paper, Date = new DateOnly(2024, 3, 9), PageNumber = 1, Position = i + 1, Item = item })],
        };
        var gloss = GlossFixture.Require();

        var once = new EnrichArticles(gloss).Run([page], new BuildReport(), NoProgress.Instance, 4);
        var again = new EnrichArticles(gloss).Run([page], new BuildReport(), NoProgress.Instance, 1);

        var articles = once[0].Articles;
        Assert.Equal(Enumerable.Range(1, 12), articles.Select(a => a.Position));
        Assert.All(articles, a =>
        {
            var e = a.Enrichment!;
            Assert.Equal(EnglishSource.Gloss, e.EnglishSource);
            Assert.Equal(gloss.Version, e.EnglishOrigin);
            Assert.Contains($"{a.Position}月8日", e.SummaryZh, StringComparison.Ordinal);
            Assert.Contains(EnglishNumbers.Month(a.Position)!, e.SummaryEn, StringComparison.Ordinal);
            Assert.Contains(EnglishNumbers.Format((a.Position * 3 + 0.5m) * 100_000_000m) + " yuan", e.SummaryEn, StringComparison.Ordinal);
            Assert.Contains("Zou Mingyuan", e.SummaryEn, StringComparison.Ordinal);
            Assert.InRange(e.Keywords.Count, 3, 8);
        });
        static string Fields(Article a) =>
            $"{a.Enrichment!.SummaryZh}|{string.Join(",", a.Enrichment.Keywords)}|{a.Enrichment.TitleEn}|{a.Enrichment.SummaryEn}";
        Assert.Equal(articles.Select(Fields), again[0].Articles.Select(Fields));
    }

    [Fact]
    public void A_build_without_the_dictionary_warns_in_the_report()
    {
        var paper = new Paper("tongling-daily", "桐岭日报", "Tongling Daily");
        var item = new SegmentedItem { Kind = ItemKind.News, Title = "桐岭县重点项目开工", Paragraphs = ["3月8日，桐岭县重点项目集中开工。"] };
        var page = new PrintedPage
        {
            Source = new PageSource { File = "p.txt", Paper = paper, Date = new DateOnly(2024, 3, 9), Number = 1, Text = "", Hash = "h" },
            Articles = [new Article { Paper = paper, Date = new DateOnly(2024, 3, 9), PageNumber = 1, Position = 1, Item = item }],
        };
        var report = new BuildReport();
        new EnrichArticles(new DictionaryGloss(null)).Run([page], report, NoProgress.Instance, 1);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("CC-CEDICT", StringComparison.Ordinal));
    }

    [Fact]
    public void With_nothing_to_enrich_the_dictionary_is_not_looked_at()
    {
        var report = new BuildReport();
        new EnrichArticles(new DictionaryGloss(null)).Run([], report, NoProgress.Instance, 1);
        Assert.Empty(report.Diagnostics);
    }
}
