using Microsoft.Playwright;
using NewsArchive.Search;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>A reader searches the built site in real headless Chromium, from disk and over HTTP.</summary>
[Collection(SearchCollection.Name)]
public sealed class BrowserSearchTests(Chromium chromium, SearchSite site)
{
    private const string FirstResult = "#search-results li a.result-title";

    public static TheoryData<bool> Transports => new() { true, false };

    private async Task<(IPage Page, List<string> Errors, IDisposable? Server)> Open(bool overHttp, string query = "")
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        StaticServer? server = overHttp ? new StaticServer(site.Output) : null;
        var url = (server is null ? site.SearchPage : server.BaseUrl + "search.html") + query;
        await page.GotoAsync(url);
        return (page, errors, server);
    }

    private static async Task<string[]> ResultUrls(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>(FirstResult, "els => els.map(e => e.href)");

    private static async Task<string[]> Search(IPage page, string query, bool typeKeys = false)
    {
        if (typeKeys)
        {
            await page.FillAsync("#search-q", "");
            await page.Locator("#search-q").PressSequentiallyAsync(query);
        }
        else await page.FillAsync("#search-q", query);
        await page.WaitForFunctionAsync(
            "q => document.getElementById('search-results').getAttribute('data-query') === q", query.Trim(), new() { Timeout = 15000 });
        return await ResultUrls(page);
    }

    private static void AssertFirst(string[] urls, NewsArchive.Model.Article article) =>
        Assert.True(urls.Length > 0 && urls[0].EndsWith(article.Url, StringComparison.Ordinal),
            $"expected {article.Url} first, got [{string.Join(", ", urls)}]");

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Typing_a_Chinese_phrase_from_an_article_puts_that_article_first(bool overHttp)
    {
        var (page, errors, server) = await Open(overHttp);
        using var _ = server;
        foreach (var article in site.Articles.Where(a => ArticleDocument.From(a).Body.Count(BigramTokens.IsHan) > 40))
        {
            var phrase = site.UniquePhrase(article, 6);

            var urls = await Search(page, phrase, typeKeys: true);

            AssertFirst(urls, article);
        }
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_English_query_in_other_word_forms_finds_the_article_with_that_English_title(bool overHttp)
    {
        var (page, errors, server) = await Open(overHttp);
        using var _ = server;
        var article = site.Articles[1];
        var title = article.Enrichment!.TitleEn!;
        Assert.Equal("Volunteers teach seniors to use smartphones", title);

        var urls = await Search(page, "teaching smartphone", typeKeys: true);

        AssertFirst(urls, article);
        Assert.Contains(await page.InnerTextAsync("#search-results li:first-child mark"), new[] { "teach", "smartphones", "Volunteers", "teaches" }.Concat(title.Split(' ')));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_result_reads_its_article_s_title_url_date_kind_paper_and_page()
    {
        // A document file leaves out what repeats the document before it (a date, a kind, a paper, a URL's start).
        var (page, errors, server) = await Open(false);
        using var _ = server;
        var documents = site.Articles.Select(ArticleDocument.From).ToList();

        var browser = await page.EvaluateAsync<string[][]>(
            "n => Promise.all(Array.from({ length: n }, (_, o) => NewsArchiveSearch.document(o))).then(ds => ds.map(d => [d.t, d.u, d.d, d.k, d.p, String(d.g)]))",
            documents.Count);

        Assert.Equal(documents.Select(d => new[] { d.Title, d.Url, d.Date, d.Kind, d.PaperName, d.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) }), browser);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_one_character_query_finds_every_article_containing_that_character()
    {
        var (page, errors, server) = await Open(false);
        using var _ = server;
        // A character that sits inside words (never alone), so only unigram indexing can find it.
        var text = SearchSite.Text(site.Articles[0]);
        var c = text.Where(BigramTokens.IsHan).GroupBy(ch => ch).OrderBy(g => g.Count()).ThenBy(g => g.Key).First(g => site.Articles.Count(a => SearchSite.Text(a).Contains(g.Key)) >= 1).Key;
        var expected = site.Articles.Where(a => SearchSite.Text(a).Contains(c)).Select(a => a.Url).Order(StringComparer.Ordinal).ToArray();

        await Search(page, c.ToString());
        var ords = await page.EvaluateAsync<int[]>("q => NewsArchiveSearch.search(q, {}).then(r => r.hits.map(h => h.ord))", c.ToString());

        Assert.Equal(expected, ords.Select(o => site.Articles[o].Url).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("#search-status"));
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_query_typed_in_Traditional_characters_finds_the_Simplified_text(bool overHttp)
    {
        var map = SimplifiedMap.Find(Repo.Root);
        Assert.NotNull(map.Source);
        var toTraditional = map.Pairs.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);
        var article = site.Articles.First(a => a.Item.Paragraphs.Count > 0);
        var body = ArticleDocument.From(article).Body;
        var phrase = Enumerable.Range(0, body.Length - 6).Select(i => body.Substring(i, 6))
            .First(p => p.All(BigramTokens.IsHan) && p.Count(toTraditional.ContainsKey) >= 2);
        var traditional = string.Concat(phrase.Select(ch => toTraditional.TryGetValue(ch, out var t) ? t : ch));
        Assert.NotEqual(phrase, traditional);
        var (page, errors, server) = await Open(overHttp);
        using var _ = server;

        var urls = await Search(page, traditional);

        Assert.Contains(urls, u => u.EndsWith(article.Url, StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_query_in_the_URL_is_restored_and_searched(bool overHttp)
    {
        var article = site.Articles.First(a => ArticleDocument.From(a).Body.Count(BigramTokens.IsHan) > 40);
        var phrase = site.UniquePhrase(article, 5);
        var (page, errors, server) = await Open(overHttp, "?q=" + Uri.EscapeDataString(phrase));
        using var _ = server;

        await page.WaitForSelectorAsync(FirstResult);

        Assert.Equal(phrase, await page.InputValueAsync("#search-q"));
        AssertFirst(await ResultUrls(page), article);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Typed_searches_land_in_the_URL_so_they_can_be_bookmarked()
    {
        using var server = new StaticServer(site.Output);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(server.BaseUrl + "search.html");

        await Search(page, "市 -测试");
        await page.EvaluateAsync("() => document.getElementById('search-filters').open = true");
        await page.SelectOptionAsync("#search-sort", "date");
        await page.WaitForFunctionAsync("() => location.search.includes('sort=date')");

        var query = new Uri(page.Url).Query;
        Assert.Contains("q=" + Uri.EscapeDataString("市").Replace("%20", "+"), query.Replace("%20", "+"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("sort=date", query);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Results_show_index_text_as_text_never_as_markup()
    {
        var (page, errors, server) = await Open(false);
        using var _ = server;

        await Search(page, "加粗");

        var results = page.Locator("#search-results");
        Assert.Equal(0, await results.Locator("b, img").CountAsync());
        Assert.Contains("<b>加粗</b>", await results.InnerTextAsync());
        Assert.Equal("加粗", await results.Locator("mark").First.InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Arrow_keys_move_through_results_and_Enter_opens_one()
    {
        var (page, errors, server) = await Open(false);
        using var _ = server;
        var urls = await Search(page, "市");
        Assert.True(urls.Length >= 2, "needs two results");

        await page.FocusAsync("#search-q");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(urls[1], await page.EvaluateAsync<string>("() => document.activeElement.href"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(urls[0], await page.EvaluateAsync<string>("() => document.activeElement.href"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("u => location.href === u", urls[0]);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Filters_narrow_results_and_the_count_and_year_histogram_follow()
    {
        var (page, errors, server) = await Open(false);
        using var _ = server;
        await Search(page, "市");
        var year = site.Articles.Where(a => SearchSite.Text(a).Contains('市')).Select(a => a.Date.Year).Distinct().Order().ToArray();

        Assert.Equal(year.Length, await page.Locator("#search-histogram .bar").CountAsync());
        var count = site.Articles.Count(a => SearchSite.Text(a).Contains('市'));
        Assert.Contains($"共 {count} 条结果", await page.InnerTextAsync("#search-status"));

        var paper = site.Articles.First(a => SearchSite.Text(a).Contains('市')).Paper.Slug;
        await page.EvaluateAsync("() => document.getElementById('search-filters').open = true");
        await page.SelectOptionAsync("#search-paper", paper);
        await page.WaitForFunctionAsync(
            "p => { const a = [...document.querySelectorAll('#search-results a.result-title')]; return a.length > 0 && a.every(x => x.href.includes('/' + p + '/')); }", paper);
        var inPaper = site.Articles.Count(a => a.Paper.Slug == paper && SearchSite.Text(a).Contains('市'));
        await page.WaitForFunctionAsync("t => document.getElementById('search-status').textContent.includes(t)", $"共 {inPaper} 条结果");
        var filtered = await ResultUrls(page);

        Assert.NotEmpty(filtered);
        Assert.All(filtered, u => Assert.Contains("/" + paper + "/", u));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_browser_stemmer_agrees_with_Lucenes_English_analyzer()
    {
        var words = new[]
        {
            "caresses", "ponies", "ties", "cats", "feed", "agreed", "plastered", "motoring", "sing", "conflated", "troubled", "sized", "hopping",
            "tanned", "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky", "relational", "conditional", "rational", "valenci",
            "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication",
            "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
            "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner",
            "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou", "communism",
            "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "communities",
            "railways", "farmers", "livestreams", "villages", "stations", "generously", "archives", "newspapers", "readers", "elections",
            "economic", "development", "university", "students", "hospitals", "the", "and", "Beijing's", "U.S.", "COVID-19", "2022", "running",
        };
        var index = new LuceneIndex(Path.Combine(site.Input, ".cache", "search-index"), SimplifiedMap.Empty);
        var queries = new BuildLuceneQuery(index);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(site.SearchPage);
        foreach (var word in words)
        {
            var lucene = string.Join(" ", queries.Tokens(SearchFields.TitleEnglish, word).Select(t => $"{t.Term}@{t.Position}"));
            var browser = await page.EvaluateAsync<string>("w => NewsArchiveSearch.english(w).map(t => t.term + '@' + t.pos).join(' ')", word);
            Assert.True(lucene == browser, $"{word}: Lucene '{lucene}', browser '{browser}'");
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Browser_ranking_matches_Lucene_BM25_scores()
    {
        await AssertRankingMatchesLucene(site.SearchPage);
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(40, true)]
    [InlineData(ExportIndex.BlockChars, true)]
    [InlineData(ExportIndex.BlockChars, true, 40)]
    public async Task Long_postings_split_into_blocks_and_tiers_rank_the_same(int blockChars, bool halfRecent, int inlineChars = 0)
    {
        // Blocks so small that every list is cut up: phrases then load only the blocks their rarest term needs.
        // With half the articles in the recent tier, a term's postings join from both tiers' shards. With a small
        // inline limit and long blocks, lists leave their shards whole, each as one block file.
        using var copy = new TempDir();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Output, file);
            if (relative.StartsWith("search" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(copy.Combine(relative))!);
            File.Copy(file, copy.Combine(relative));
        }
        var index = new LuceneIndex(LuceneIndex.PathFor(site.Input), SimplifiedMap.Find(Repo.Root));
        // Small shards, so the recent tier has its eight groups, each parting from the main tier at its own article.
        var files = new ExportIndex(blockChars, halfRecent ? site.Articles.Count / 2 + 1 : null, halfRecent ? 64 : ExportIndex.ShardBytes, inlineChars == 0 ? null : inlineChars).Run(index).Files;
        var small = blockChars < 100 || inlineChars is > 0 and < 100;
        if (small) Assert.Contains(files, f => f.Path.StartsWith("search/x/", StringComparison.Ordinal));
        if (halfRecent) Assert.Contains(files, f => f.Path.StartsWith("search/r/", StringComparison.Ordinal) && f.Content.Length > 100);
        if (halfRecent && small) Assert.Contains(files, f => f.Path.StartsWith("search/y/", StringComparison.Ordinal));
        foreach (var f in files) copy.Write(f.Path, f.Content);

        await AssertRankingMatchesLucene(new Uri(copy.Combine("search.html")).AbsoluteUri);
    }

    private async Task AssertRankingMatchesLucene(string searchPage)
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(searchPage);
        var index = new LuceneIndex(Path.Combine(site.Input, ".cache", "search-index"), SimplifiedMap.Find(Repo.Root));
        using var reader = index.OpenReader();
        var searcher = index.Searcher(reader);
        var order = site.Articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var phrase = site.UniquePhrase(site.Articles.First(a => ArticleDocument.From(a).Body.Count(BigramTokens.IsHan) > 40), 6);
        // And one from the newest articles, which the recent tier holds.
        var recent = site.UniquePhrase(site.Articles.Last(a => ArticleDocument.From(a).Body.Count(BigramTokens.IsHan) > 40), 6);
        foreach (var query in new[] { "市", "发展", "记者 市", "工作 OR 项目", "communities", "\"winter festival\"", "市 -发展", phrase, recent, "本报讯", "今年以来" })
        {
            var lucene = searcher.Search(new BuildLuceneQuery(index).Build(ParsedQuery.Parse(query), words: false)!, 1000).ScoreDocs
                .Select(sd => (Ord: order[reader.Document(sd.Doc).Get(SearchFields.Id)], sd.Score))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Ord).ToList();
            var browser = await page.EvaluateAsync<double[][]>(
                "q => NewsArchiveSearch.search(q, {}).then(r => r.hits.map(h => [h.ord, h.score]))", query);

            Assert.Equal(lucene.Select(x => x.Ord), browser.Select(h => (int)h[0]));
            foreach (var (l, b) in lucene.Zip(browser))
                Assert.True(Math.Abs(l.Score - b[1]) < 1e-4, $"{query}: doc {l.Ord} Lucene {l.Score}, browser {b[1]}");
        }
        Assert.Empty(errors);
    }
}
