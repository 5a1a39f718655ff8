using Microsoft.Playwright;

namespace NewsArchive.Tests.Support;

/// <summary>
/// Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, one browser per test run.
/// The flags keep Chromium off the network it cannot reach here.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (.ci/setup does)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"],
        });
    }

    /// <summary>A fresh page that records console errors and page errors into <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // The suite runs test classes in parallel on two cores: a step that takes a second alone can take many under load.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add($"{page.Url}: console: {m.Text}"); };
        page.PageError += (_, e) => { lock (errors) errors.Add($"{page.Url}: page error: {e}"); };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<SampleSite>, ICollectionFixture<RichSite>
{
    public const string Name = "browser";
}
