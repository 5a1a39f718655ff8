using Microsoft.Playwright;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>
/// The pages a reader sees most, photographed at desktop and phone widths (kept as test artifacts for people to
/// judge), each checked for what a phone reader notices first: nothing wider than the screen, no script error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteScreenshotTests(Chromium chromium, RichSite site)
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
    public async Task Page_fits_a_phone_and_a_desktop_without_errors(string name, string path)
    {
        var dir = Artifacts.Directory("screenshots");
        foreach (var (width, label) in new[] { (1280, "desktop"), (375, "phone") })
        {
            var errors = new List<string>();
            var page = await chromium.NewPageAsync(errors, width, 900);
            await page.GotoAsync(new Uri(Path.Combine(site.Output, path)).AbsoluteUri);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, $"{name}-{label}.png"), FullPage = true });

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }
    }
}
