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
