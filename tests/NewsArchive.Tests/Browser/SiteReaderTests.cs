using System.Text.Json;
using Microsoft.Playwright;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>What a reader does on the site, in real Chromium: switch language, come back later, copy a citation, mistype a URL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteReaderTests(Chromium chromium, RichSite site)
{
    private const string Article = "dongping-daily/2023/03/02/01/01.html";
    private const string Issue = "dongping-daily/2023/03/02/index.html";

    [Fact]
    public async Task Switching_to_English_changes_every_label_and_survives_a_reload()
    {
        using var server = new StaticServer(site.Output);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(server.BaseUrl + Issue);

        Assert.Equal("首页", (await page.InnerTextAsync(".main-nav li:first-child a")).Trim());
        Assert.False(await page.IsVisibleAsync(".items i[lang=en] >> nth=0"));

        await page.ClickAsync("[data-lang-switch]");

        Assert.Equal("Home", (await page.InnerTextAsync(".main-nav li:first-child a")).Trim());
        Assert.True(await page.IsVisibleAsync(".items i[lang=en] >> nth=0"), "English titles appear beside the Chinese ones");
        Assert.Equal(0, await VisibleCount(page, ".l-zh"));
        Assert.True(await VisibleCount(page, ".l-en") > 10);

        await page.ReloadAsync();
        Assert.Equal("Home", (await page.InnerTextAsync(".main-nav li:first-child a")).Trim());
        await page.GotoAsync(server.BaseUrl + Article);
        Assert.Equal("Cite this article", (await page.TextContentAsync("#cite-h .l-en"))!.Trim());
        Assert.False(await page.IsVisibleAsync("#cite-h .l-zh"));

        await page.ClickAsync("[data-lang-switch]");
        await page.ReloadAsync();
        Assert.Equal("引用本文", (await page.InnerTextAsync("#cite-h")).Trim());
        Assert.False(await page.IsVisibleAsync("#cite-h .l-en"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Switching_language_keeps_the_reader_where_they_were()
    {
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 700 }, ReducedMotion = ReducedMotion.Reduce });
        var page = await context.NewPageAsync();
        await page.GotoAsync(FileUrl(Issue));
        await page.EvaluateAsync("() => window.scrollTo({ top: document.querySelector('#p3-h').getBoundingClientRect().top + window.scrollY - 120, behavior: 'instant' })");
        var before = await Top(page, "#p3-h");

        await page.ClickAsync("[data-lang-switch]");

        var after = await Top(page, "#p3-h");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('ui-en')"));
        Assert.True(before > 100, $"the page did not scroll to the heading ({before}px)");
        Assert.True(Math.Abs(after - before) < 30, $"the heading moved from {before}px to {after}px in the viewport");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Copy_button_puts_the_citation_on_the_clipboard()
    {
        using var server = new StaticServer(site.Output);
        var context = await chromium.Browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.BaseUrl.TrimEnd('/')[..server.BaseUrl.IndexOf('/', 8)] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Article);

        await page.ClickAsync("[data-copy]");
        await page.WaitForSelectorAsync("[data-copy-done]:not([hidden])");

        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal((await page.InnerTextAsync("#citation-zh")).Trim(), copied);
        Assert.Contains("东平日报", copied);
        Assert.Contains("2023-03-02(01)", copied);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_mistyped_deep_url_on_GitHub_Pages_gets_a_styled_404_whose_links_work()
    {
        using var dir = new TempDir();
        using var server = new StaticServer(dir.Path);
        SiteRenderer.Render(site.Archive, dir.Path, baseUrl: server.BaseUrl);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);

        var response = await page.GotoAsync(server.BaseUrl + "dongping-daily/1999/01/01/09/99.html");

        Assert.Equal(404, response!.Status);
        var serif = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.Contains("Georgia", serif); // the stylesheet loaded, from the base URL
        await page.ClickAsync(".not-found a.button");
        Assert.Equal(server.BaseUrl + "index.html", page.Url);
        // The click returns once navigation commits; the home page may not be parsed yet.
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
        Assert.True(await page.IsVisibleAsync(".latest"));
        errors.RemoveAll(e => e.Contains("404", StringComparison.Ordinal)); // the browser logs the 404 response itself
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    public static TheoryData<string> AxePages => new()
    {
        "index.html", Issue, "dongping-daily/2023/03/02/01/index.html", Article, "dongping-daily/2023/03/02/02/03.html",
        "dongping-daily/2023/index.html", "dongping-daily/index.html", "dates/index.html", "stats.html",
        "reporters/index.html", "keywords/index.html", "kinds/index.html", "kinds/news.html", "about.html", "404.html",
    };

    [Theory]
    [MemberData(nameof(AxePages))]
    public async Task Axe_finds_no_serious_or_critical_problem_in_either_language_or_colour_scheme(string path)
    {
        var axe = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "node_modules", "axe-core", "axe.min.js"));
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var lang in new[] { "zh", "en" })
            {
                var context = await chromium.Browser.NewContextAsync(new() { ColorScheme = scheme, BypassCSP = true });
                var page = await context.NewPageAsync();
                await page.GotoAsync(FileUrl(path));
                if (lang == "en")
                    await page.ClickAsync("[data-lang-switch]");
                await page.EvaluateAsync(axe);
                var json = await page.EvaluateAsync<string>(
                    "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations" +
                    ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
                    ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))");
                var violations = JsonSerializer.Deserialize<string[]>(json)!;
                Assert.True(violations.Length == 0, $"{path} ({scheme}, {lang}): {string.Join("; ", violations)}");
                await context.CloseAsync();
            }
        }
    }

    private string FileUrl(string path) => new Uri(Path.Combine(site.Output, path)).AbsoluteUri;

    private static Task<int> VisibleCount(IPage page, string selector) =>
        page.EvaluateAsync<int>($"() => [...document.querySelectorAll('{selector}')].filter(e => e.offsetParent !== null).length");

    private static Task<double> Top(IPage page, string selector) =>
        page.EvaluateAsync<double>($"() => document.querySelector('{selector}').getBoundingClientRect().top");
}
