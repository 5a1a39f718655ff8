using Microsoft.Playwright;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>
/// The pages a reader sees most, photographed at desktop and phone widths (kept as test artifacts for people to
/// judge), each checked for what a phone reader notices first: nothing wider than the screen, no script error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteScreenshotTests(Chromium chromium, RichSite site, SampleSite sample)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "home", "index.html" },
        { "issue", "dongping-daily/2023/03/02/index.html" },
        { "page", "dongping-daily/2023/03/02/01/index.html" },
        { "article", "dongping-daily/2023/03/02/01/01.html" },
        { "calendar", "dongping-daily/2023/index.html" },
        { "dates", "dates/index.html" },
        { "stats", "stats.html" },
        { "reporter", "reporters/index.html" },
        { "about", "about.html" },
        { "404", "404.html" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_fits_a_phone_and_a_desktop_without_errors(string name, string path) => Shoot(site.Output, name, path);

    /// <summary>The search page needs the index the full build makes, so it is photographed on the sample archive.</summary>
    [Fact]
    public Task Search_page_of_the_sample_archive_fits_a_phone_and_a_desktop_without_errors()
    {
        Assert.True(File.Exists(Path.Combine(sample.Output, "search.html")), "the theme has a search page");
        return Shoot(sample.Output, "search", "search.html?q=%E8%81%8A%E5%9F%8E");
    }

    private async Task Shoot(string root, string name, string path)
    {
        var dir = Artifacts.Directory("screenshots");
        foreach (var (width, label) in new[] { (1280, "desktop"), (375, "phone") })
        {
            var errors = new List<string>();
            var page = await chromium.NewPageAsync(errors, width, 900);
            var query = path.IndexOf('?');
            var url = new Uri(Path.Combine(root, query < 0 ? path : path[..query])).AbsoluteUri + (query < 0 ? "" : path[query..]);
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, $"{name}-{label}.png"), FullPage = true });

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }
    }
}
