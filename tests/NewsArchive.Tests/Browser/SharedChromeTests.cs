using Microsoft.Playwright;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>
/// The chrome every page shares (language bar, navigation, colophon) comes once in chrome.js: in real Chromium an
/// article page shows it like a page that carries it, the text does not move when it arrives, and without JavaScript
/// the page still reads and links home.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SharedChromeTests(Chromium chromium, RichSite site)
{
    private const string Article = "dongping-daily/2023/03/02/01/01.html";

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_chrome_arrives_in_the_place_kept_for_it_so_the_article_does_not_move(int width)
    {
        var withScript = await HeadingTop(width, javaScript: true);
        var without = await HeadingTop(width, javaScript: false);

        Assert.True(Math.Abs(withScript - without) <= 2, $"the title moved {withScript - without:0.#}px when the chrome arrived at {width}px wide");
    }

    [Fact]
    public async Task An_article_page_gets_the_navigation_and_the_colophon_with_its_paper_s_feed_and_the_current_section()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, Article)).AbsoluteUri);

        Assert.Equal(8, await page.Locator(".main-nav a").CountAsync());
        Assert.Equal("page", await page.Locator(".main-nav a[data-s='dates']").GetAttributeAsync("aria-current"));
        var feeds = await page.Locator(".colophon [data-feed] a").EvaluateAllAsync<string[]>("as => as.map(a => a.href)");
        Assert.Equal([new Uri(Path.Combine(site.Output, "dongping-daily", "feed.xml")).AbsoluteUri], feeds);
        Assert.True(await page.Locator(".masthead-bar [data-lang-switch]").IsVisibleAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_header_search_box_arrives_with_the_chrome_and_searches_the_archive()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, Article)).AbsoluteUri);

        await page.FillAsync(".masthead #site-q", "东平");
        await page.PressAsync(".masthead #site-q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("search.html?q=", StringComparison.Ordinal));

        Assert.StartsWith(new Uri(Path.Combine(site.Output, "search.html")).AbsoluteUri + "?q=", page.Url);
        Assert.Equal("东平", Uri.UnescapeDataString(page.Url[(page.Url.IndexOf("?q=", StringComparison.Ordinal) + 3)..]));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_english_citation_made_in_the_browser_reads_as_the_build_writes_it()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        var article = site.Archive.Articles.First(a => a.Enrichment?.TitleEn is { Length: > 0 } && a.Item.Reporters.Count > 0);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, article.Url)).AbsoluteUri);

        await page.ClickAsync("[data-lang-switch]");

        Assert.Equal(NewsArchive.Rendering.Citation.En(article, null), (await page.InnerTextAsync("#citation-en")).Trim());
        Assert.False(await page.IsVisibleAsync("#citation-zh"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private async Task<double> HeadingTop(int width, bool javaScript)
    {
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, Article)).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.Load);
        var top = await page.EvaluateAsync<double>("() => document.getElementById('story-h').getBoundingClientRect().top + window.scrollY");
        await context.CloseAsync();
        return top;
    }
}
