using System.Text.Json;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>
/// An archive too big for one Pages site, split per paper into two sites that name each other (--sibling): in real
/// Chromium over HTTP, one site's search finds the other's articles through the other's exported index, by relative
/// URL, and links to them there; the About page links across.
/// </summary>
[Collection(SiblingCollection.Name)]
public sealed class SiblingSitesTests(Chromium chromium) : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task A_search_on_one_site_counts_and_links_the_results_of_its_sibling_site()
    {
        new NewsArchive.Synth.ArchiveGenerator(seed: 11, papers: 2).WriteArchive(_dir.Combine("all"), 60);
        var papers = Directory.EnumerateDirectories(_dir.Combine("all", "input")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, papers.Count);
        foreach (var paper in papers)
        {
            Directory.CreateDirectory(_dir.Combine("input-" + paper));
            Directory.Move(_dir.Combine("all", "input", paper!), _dir.Combine("input-" + paper, paper!));
        }
        foreach (var paper in papers)
        {
            var other = papers.Single(p => p != paper);
            var result = new BuildPipeline(new BuildOptions
            {
                InputDirectory = _dir.Combine("input-" + paper),
                OutputDirectory = _dir.Combine("site-" + paper),
                ThemeDirectory = Repo.Theme,
                StrictTemplates = true,
                Siblings = [SiblingView.Parse($"{other}=../site-{other}/")],
            }).Run();
            Assert.False(result.Report.HasErrors);
        }
        var (a, b) = (papers[0]!, papers[1]!);
        // A phrase the generator put in one article of the second paper only.
        var phrase = File.ReadLines(_dir.Combine("all", "ground-truth.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(t => t.GetProperty("paper").GetString() == b && t.GetProperty("phrase").GetString() is { Length: >= 4 })
            .Select(t => t.GetProperty("phrase").GetString()!).First();

        using var server = new StaticServer(_dir.Path);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(server.BaseUrl + $"site-{a}/search.html?q=" + Uri.EscapeDataString(phrase));
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').hasAttribute('data-query')", null, new() { Timeout = 15000 });
        var count = page.Locator("#search-siblings [data-sibling-count]");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-siblings [data-sibling-count]').textContent.length > 0", null, new() { Timeout = 15000 });

        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
        Assert.Matches(@"^[1-9]\d* 条结果", (await count.TextContentAsync())!);
        var link = page.Locator("#search-siblings a[data-sibling]");
        Assert.Equal(b, (await link.TextContentAsync())!.Trim());
        await link.ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + $"site-{b}/search.html?q=" + Uri.EscapeDataString(phrase).Replace("%20", "+"));
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').hasAttribute('data-query')", null, new() { Timeout = 15000 });
        var first = await page.Locator("#search-results li a.result-title").First.GetAttributeAsync("href");
        Assert.NotNull(first);
        Assert.True((await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), first).AbsoluteUri)).Ok);

        await page.GotoAsync(server.BaseUrl + $"site-{a}/about.html");
        var about = page.Locator(".siblings a");
        Assert.Equal(b, (await about.TextContentAsync())!.Trim());
        await about.ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + $"site-{b}/index.html");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("1990s=../news-1990s/", "1990s", "../news-1990s/")]
    [InlineData("../news-1990s", "news-1990s", "../news-1990s/")]
    [InlineData("早期=https://owner.github.io/news-1990s", "早期", "https://owner.github.io/news-1990s/")]
    public void A_sibling_is_named_and_ends_in_a_slash(string spec, string name, string url) =>
        Assert.Equal(new SiblingView(name, url), SiblingView.Parse(spec));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/news-1990s/")]
    [InlineData("x=../news\"1990s/")]
    [InlineData("../news-1990s/?q=1")]
    [InlineData("..")]
    [InlineData("=../a/")]
    public void A_sibling_URL_that_could_not_be_a_folder_beside_this_site_is_refused(string spec) =>
        Assert.NotNull(SiblingView.Problem(spec));

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SiblingCollection : ICollectionFixture<Chromium>
{
    public const string Name = "sibling sites";
}
