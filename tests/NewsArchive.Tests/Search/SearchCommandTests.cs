using System.Text.Json;
using NewsArchive.Cli;
using NewsArchive.Search;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>The `search` verb: what a librarian types at the command line, and the JSON a script reads.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchCommandTests(SearchSite site)
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private (int Total, List<JsonElement> Results) Json(params string[] args)
    {
        var (code, stdout, stderr) = Run(["search", .. args, "--input", site.Input, "--json"]);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        return (doc.RootElement.GetProperty("total").GetInt32(), [.. doc.RootElement.GetProperty("results").EnumerateArray().Select(e => e.Clone())]);
    }

    private NewsArchive.Model.Article Rich(int skip = 0) =>
        site.Articles.Where(a => ArticleDocument.From(a).Body.Count(BigramTokens.IsHan) > 40).Skip(skip).First();

    [Fact]
    public void A_Chinese_phrase_puts_its_article_first_with_a_snippet_around_it()
    {
        foreach (var article in site.Articles.Where(a => ArticleDocument.From(a).Body.Count(BigramTokens.IsHan) > 40))
        {
            var phrase = site.UniquePhrase(article, 6);

            var (total, results) = Json(phrase);

            Assert.True(total >= 1);
            var first = results[0];
            Assert.Equal(article.Url, first.GetProperty("url").GetString());
            Assert.Equal(ArticleDocument.From(article).Title, first.GetProperty("title").GetString());
            Assert.Equal(article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first.GetProperty("date").GetString());
            Assert.False(string.IsNullOrEmpty(first.GetProperty("kind").GetString()));
            Assert.True(first.GetProperty("score").GetDouble() > 0);
            Assert.Contains(phrase, first.GetProperty("snippet").GetString());
        }
    }

    [Fact]
    public void An_English_query_in_other_word_forms_finds_the_article()
    {
        var (_, results) = Json("teaching smartphone");

        Assert.Equal(site.Articles[1].Url, results[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Results_come_best_first()
    {
        var (_, results) = Json("市 发展");

        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.True(scores.Count >= 2);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public void Exclusion_OR_and_quoted_phrases_work_as_readers_expect()
    {
        var a = Rich();
        var b = Rich(1);
        var pa = site.UniquePhrase(a, 5);
        var pb = site.UniquePhrase(b, 5);

        var either = Json($"{pa} OR {pb}").Results.Select(r => r.GetProperty("url").GetString()).ToList();
        var both = Json($"\"{pa}\" \"{pb}\"").Total;
        var relaxed = Json($"{pa} {pb}").Total;
        var quoted = Json($"\"{pa}\"").Results.Select(r => r.GetProperty("url").GetString()).ToList();
        var common = SearchSite.Text(a).First(c => BigramTokens.IsHan(c) && SearchSite.Text(b).Contains(c)).ToString();
        var withoutA = Json($"{common} -{pa}", "--limit", "100").Results.Select(r => r.GetProperty("url").GetString()).ToList();

        Assert.Equal(new[] { a.Url, b.Url }.Order(), either.Order());
        Assert.Equal(0, both);
        Assert.Equal(2, relaxed);
        Assert.Equal([a.Url], quoted);
        Assert.DoesNotContain(a.Url, withoutA);
        Assert.Contains(b.Url, withoutA);
    }

    [Fact]
    public void Filters_narrow_by_date_kind_and_paper_and_limit_caps_the_list()
    {
        var all = Json("市", "--limit", "100").Results;
        var dates = all.Select(r => r.GetProperty("date").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.True(dates.Distinct().Count() >= 2, "needs results on two dates");
        var from = dates[^1];

        var late = Json("市", "--from", from, "--limit", "100").Results;
        var early = Json("市", "--to", dates[0], "--limit", "100").Results;
        var kind = all[0].GetProperty("kind").GetString()!;
        var ofKind = Json("市", "--kind", kind, "--limit", "100").Results;
        var capped = Json("市", "--limit", "1");

        Assert.All(late, r => Assert.True(string.CompareOrdinal(r.GetProperty("date").GetString(), from) >= 0));
        Assert.All(early, r => Assert.Equal(dates[0], r.GetProperty("date").GetString()));
        Assert.True(late.Count < all.Count);
        Assert.All(ofKind, r => Assert.Equal(kind, r.GetProperty("kind").GetString()));
        Assert.Single(capped.Results);
        Assert.Equal(all.Count, capped.Total);
    }

    [Fact]
    public void A_Traditional_query_finds_Simplified_text()
    {
        var map = SimplifiedMap.Find(Repo.Root);
        var toTraditional = map.Pairs.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);
        var article = Rich();
        var phrase = site.UniquePhrase(article, 8);
        var traditional = string.Concat(phrase.Select(c => toTraditional.TryGetValue(c, out var t) ? t : c));

        var (_, results) = Json(traditional);

        Assert.Equal(article.Url, results[0].GetProperty("url").GetString());
    }

    [Fact]
    public void The_first_search_builds_the_index_and_a_changed_page_is_found_after_it_changes()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var page = Directory.EnumerateFiles(dir.Combine("input"), "*.txt", SearchOption.AllDirectories).First();

        var (code, stdout, stderr) = Run("search", "蓝鲸湾灯塔", "--input", dir.Combine("input"), "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"total\":0", stdout);
        Assert.Contains("indexed", stderr);
        Assert.True(Directory.Exists(LuceneIndex.PathFor(dir.Combine("input"))));

        File.AppendAllText(page, "\n本报讯 蓝鲸湾灯塔昨日重新点亮。\n");
        (code, stdout, _) = Run("search", "蓝鲸湾灯塔", "--input", dir.Combine("input"), "--json");

        Assert.Equal(0, code);
        Assert.Contains("\"total\":1", stdout);
    }

    [Fact]
    public void A_search_after_a_build_segments_again_only_the_page_that_changed()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯 市政府召开常务会议，研究部署春耕生产。\n");
        dir.Write("input/test-daily/2023-05-04/02.txt", "本报讯 新建的城南公园昨日开园。\n");
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        File.AppendAllText(dir.Combine("input/test-daily/2023-05-04/02.txt"), "\n本报讯 蓝鲸湾灯塔昨日重新点亮。\n");
        var (code, stdout, stderr) = Run("search", "蓝鲸湾灯塔", "--input", dir.Combine("input"), "--json");

        Assert.Equal(0, code);
        Assert.Contains("\"total\":1", stdout);
        Assert.Contains("2 of 3 pages as segmented before", stderr);
    }

    [Theory]
    [InlineData("--from", "2024-13-01")]
    [InlineData("--to", "yesterday")]
    [InlineData("--limit", "0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (code, _, stderr) = Run("search", "市", "--input", site.Input, option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, stderr);
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        Assert.Equal(2, Run("search", "市", "--input", "/no/such/folder").Code);
    }
}
