using System.Text.Json;
using Microsoft.Playwright;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>
/// The printed page of a PDF in real Chromium: its image shows, each article's place on it is a link that opens that
/// article (over HTTP and from disk), by mouse and by keyboard, at desktop and phone widths, and axe finds no serious problem.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintedPageTests(Chromium chromium, PrintedPageTests.Site site) : IClassFixture<PrintedPageTests.Site>
{
    public sealed class Site : IDisposable
    {
        public PdfSite Pdf { get; } = new();
        public void Dispose() => Pdf.Dispose();
    }

    private const string Page = PdfSite.Issue + "01/index.html";

    [Fact]
    public async Task Over_HTTP_the_page_image_shows_and_every_region_opens_its_article()
    {
        using var server = new StaticServer(site.Pdf.Output);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await OpenEveryRegion(page, server.BaseUrl + Page);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task From_disk_the_page_image_shows_and_every_region_opens_its_article()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await OpenEveryRegion(page, FileUrl(Page));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_375_px_the_page_fits_and_a_region_still_opens_its_article()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors, width: 375, height: 740);
        await page.GotoAsync(FileUrl(Page));

        var image = await page.EvaluateAsync<double[]>("() => { const r = document.querySelector('.page-map img').getBoundingClientRect(); return [r.left, r.right, document.documentElement.scrollWidth]; }");
        Assert.True(image[0] >= 0 && image[1] <= 375 && image[2] <= 375, $"the page image spills out of a 375 px screen: {string.Join(", ", image)}");
        var region = page.Locator("a.page-region").First;
        var title = await region.GetAttributeAsync("aria-label");
        await Navigation.FollowAsync(page, () => region.Locator("rect").First.ClickAsync());
        Assert.Equal(title, (await page.InnerTextAsync("#story-h")).Trim());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_region_is_reached_by_keyboard_highlighted_and_opened_with_Enter()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(FileUrl(Page));
        var region = page.Locator("a.page-region").First;
        var rect = region.Locator("rect").First;
        var before = await FillOpacity(rect);

        // Tab from the page's heading until focus lands on the first region: it is in the tab order.
        await page.FocusAsync("h1");
        for (var i = 0; i < 50 && !await region.EvaluateAsync<bool>("a => document.activeElement === a"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await region.EvaluateAsync<bool>("a => document.activeElement === a"), "the first region is not reachable with Tab");
        Assert.NotEqual(before, await FillOpacity(rect));

        var title = await region.GetAttributeAsync("aria-label");
        await Navigation.FollowAsync(page, () => page.Keyboard.PressAsync("Enter"));
        Assert.Equal(title, (await page.InnerTextAsync("#story-h")).Trim());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_region_is_highlighted_on_hover()
    {
        var page = await chromium.NewPageAsync([]);
        await page.GotoAsync(FileUrl(Page));
        var rect = page.Locator("a.page-region rect").First;
        var before = await FillOpacity(rect);
        await rect.HoverAsync();
        Assert.NotEqual(before, await FillOpacity(rect));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_article_page_shows_where_the_article_sat_on_its_printed_page()
    {
        var page = await chromium.NewPageAsync([]);
        await page.GotoAsync(FileUrl(Page));
        var href = await page.Locator("a.page-region").First.GetAttributeAsync("href");
        await page.GotoAsync(new Uri(new Uri(FileUrl(Page)), href).AbsoluteUri);

        Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('.page-place img'); return !!i && i.complete && i.naturalWidth > 0; }"),
            "the article page shows no thumbnail of its printed page");
        Assert.True(await page.Locator(".page-place rect").CountAsync() > 0, "the article's place is not marked");
        await Navigation.FollowAsync(page, () => page.ClickAsync(".page-place a"), ".page-map");
        Assert.EndsWith("/01/index.html", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Axe_finds_no_serious_problem_on_the_printed_page_or_an_article_page()
    {
        var axe = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "node_modules", "axe-core", "axe.min.js"));
        foreach (var path in new[] { Page, PdfSite.Issue + "01/01.html" })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var context = await chromium.Browser.NewContextAsync(new() { ColorScheme = scheme, BypassCSP = true });
                var page = await context.NewPageAsync();
                await page.GotoAsync(FileUrl(path));
                await page.EvaluateAsync(axe);
                var json = await page.EvaluateAsync<string>(
                    "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations" +
                    ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
                    ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))");
                var violations = JsonSerializer.Deserialize<string[]>(json)!;
                Assert.True(violations.Length == 0, $"{path} ({scheme}): {string.Join("; ", violations)}");
                await context.CloseAsync();
            }
        }
    }

    /// <summary>Opens the printed page, checks its image loaded, and follows each region's link in turn.</summary>
    private static async Task OpenEveryRegion(IPage page, string url)
    {
        await page.GotoAsync(url);
        Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('.page-map img'); return !!i && i.complete && i.naturalWidth >= 1200; }"),
            "the printed page's image did not load");
        var count = await page.Locator("a.page-region").CountAsync();
        Assert.True(count >= 2, $"only {count} article regions on the page");
        Assert.Equal(await page.Locator("ol.items-page > li").CountAsync(), count);
        for (var i = 0; i < count; i++)
        {
            var region = page.Locator("a.page-region").Nth(i);
            var title = await region.GetAttributeAsync("aria-label");
            // A point of the region (its boxes, largest first, sampled on a 5 x 5 grid from the middle out) that no
            // other region covers: where a reader's pointer can land. Returned as the box's index and the point's offset
            // in it, so that the click is Playwright's, which waits for the box to stand still and checks it is hit.
            var point = await region.EvaluateAsync<double[]?>("""
                a => {
                  const steps = [0.5, 0.3, 0.7, 0.1, 0.9];
                  const boxes = [...a.querySelectorAll('rect')].map((r, i) => [r, i]);
                  const area = r => r.getBBox().width * r.getBBox().height;
                  for (const [r, i] of boxes.sort((x, y) => area(y[0]) - area(x[0]))) {
                    // Instant: the site scrolls smoothly, and a box read mid-scroll is still off screen.
                    r.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
                    const b = r.getBoundingClientRect();
                    for (const fy of steps)
                      for (const fx of steps) {
                        const x = b.left + b.width * fx, y = b.top + b.height * fy;
                        if (a.contains(document.elementFromPoint(x, y))) return [i, b.width * fx, b.height * fy];
                      }
                  }
                  return null;
                }
                """);
            Assert.True(point is not null, $"region '{title}' is covered by other regions everywhere: a reader cannot click it");
            var box = region.Locator("rect").Nth((int)point![0]);
            await Navigation.FollowAsync(page, () => box.ClickAsync(new() { Position = new() { X = (float)point[1], Y = (float)point[2] } }));
            Assert.Equal(title, (await page.InnerTextAsync("#story-h")).Trim());
            await page.GoBackAsync();
        }
    }

    private static Task<string> FillOpacity(ILocator rect) => rect.EvaluateAsync<string>("r => getComputedStyle(r).fillOpacity");

    private string FileUrl(string path) => new Uri(Path.Combine(site.Pdf.Output, path)).AbsoluteUri;
}
