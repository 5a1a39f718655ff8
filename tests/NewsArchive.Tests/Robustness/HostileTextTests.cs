using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// Archived text is data, never markup: markup, Liquid and javascript: URLs in page text, paper names and page
/// names come out as visible text in every file of the site, and the Content-Security-Policy lets only the
/// site's own scripts run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileTextTests(Chromium chromium, HostileTextTests.HostileSite site) : IClassFixture<HostileTextTests.HostileSite>
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "{{ site }}",
        "{% raw %}",
        "javascript:alert(1)",
        "</script><script>alert(2)</script>",
        "]]>&amp;",
    ];

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_html_file_shows_hostile_text_as_text_and_holds_no_injected_markup()
    {
        var files = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var document = Parser.ParseDocument(File.ReadAllText(file));
            AssertNoInjectedMarkup(document, Path.GetRelativePath(site.Output, file));
        }

        var article = File.ReadAllText(Path.Combine(site.Output, "hostile-daily/2023/05/04/01/01.html"));
        using var page = Parser.ParseDocument(article);
        // Segmentation may join lines and drop spaces, so text is compared without white space.
        foreach (var payload in Payloads)
            Assert.Contains(Squeeze(payload), Squeeze(page.Body!.TextContent));
        Assert.Contains("<script>alert(1)</script>日报", page.Body!.TextContent);
    }

    [Fact]
    public void Feeds_json_and_the_build_report_stay_well_formed_and_keep_hostile_text_as_data()
    {
        var feedText = "";
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.xml", SearchOption.AllDirectories))
        {
            var xml = XDocument.Parse(File.ReadAllText(file));
            feedText += xml.Root!.Value;
            // Feed readers render type="html" content as HTML: it must be markup-free once decoded too.
            foreach (var html in xml.Descendants().Where(e => (string?)e.Attribute("type") == "html" || e.Name.LocalName == "description"))
            {
                using var fragment = Parser.ParseDocument("<body>" + html.Value + "</body>");
                AssertNoInjectedMarkup(fragment, file);
            }
        }
        Assert.Contains("<script>alert(1)</script>日报", feedText);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.json", SearchOption.AllDirectories))
            JsonDocument.Parse(File.ReadAllText(file)).Dispose();

        // The article's JSON-LD holds the hostile title as a JSON string, and the script element is not broken out of.
        using var article = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "hostile-daily/2023/05/04/01/01.html")));
        var jsonLd = article.QuerySelectorAll("script[type='application/ld+json']").Select(e => e.TextContent).ToList();
        Assert.Contains(jsonLd, j => Strings(JsonDocument.Parse(j).RootElement).Any(v => v.Contains("<script>alert", StringComparison.Ordinal)));

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(site.Output)!, Path.GetFileName(site.Output) + ".build-report.json")));
        var files = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.TryGetProperty("file", out var f) ? f.GetString() : null).ToList();
        Assert.Contains("hostile-daily/2023-05-04/\"><img src=x onerror=alert(1)>.txt", files);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("http")]
    public async Task No_script_runs_in_a_browser_and_the_hostile_text_is_visible(string scheme)
    {
        using var server = new StaticServer(site.Output);
        var (page, root, errors, dialogs) = await OpenWatched(scheme, server);

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            await page.GotoAsync(root + Path.GetRelativePath(site.Output, file).Replace('\\', '/'));
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.media === 'print' || l.sheet !== null)"),
                $"{file}: the site's own stylesheet was blocked");
        }
        await page.GotoAsync(root + "hostile-daily/2023/05/04/01/01.html");
        var text = await page.InnerTextAsync("body");

        Assert.Empty(dialogs);
        Assert.Empty(errors);
        foreach (var payload in Payloads)
            Assert.Contains(Squeeze(payload), Squeeze(text));
    }

    [Theory]
    [InlineData("file")]
    [InlineData("http")]
    public async Task Search_results_and_snippets_show_hostile_text_as_text_and_run_nothing(string scheme)
    {
        using var server = new StaticServer(site.Output);
        var (page, root, errors, dialogs) = await OpenWatched(scheme, server);
        await page.GotoAsync(root + "search.html?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));
        await page.WaitForTimeoutAsync(500);

        var found = 0;
        foreach (var query in new[] { "alert", "script", "onerror", "javascript", "site", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{ site }}" })
        {
            await page.FillAsync("#search-q", query);
            await page.WaitForFunctionAsync("q => document.getElementById('search-results').getAttribute('data-query') === q", query.Trim(), new() { Timeout = 15000 });
            var results = page.Locator("#search-results");
            found += await results.Locator("li").CountAsync();
            Assert.Equal(0, await results.Locator("img, script, iframe, object, [onerror], [onload], [onmouseover]").CountAsync());
            Assert.Empty(await results.EvaluateAsync<string[]>("r => [...r.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => /^\\s*javascript:/i.test(h))"));
            if (query == "alert")
                Assert.Contains("alert(1)", await results.InnerTextAsync());
        }

        Assert.True(found > 0, "the hostile pages were not found by search: the snippets went untested");
        Assert.Empty(dialogs);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("http")]
    public async Task The_content_security_policy_blocks_inline_script_that_got_into_a_page(string scheme)
    {
        var article = Path.Combine(site.Output, "hostile-daily/2023/05/04/01/01.html");
        var injected = Path.Combine(Path.GetDirectoryName(article)!, "injected.html");
        File.WriteAllText(injected, File.ReadAllText(article).Replace("</main>",
            "<script>document.title = 'ran';</script><img src=x onerror=\"document.title = 'ran'\"><a id=js href=\"javascript:document.title='ran'\">x</a></main>", StringComparison.Ordinal));
        try
        {
            using var server = new StaticServer(site.Output);
            var url = (scheme == "file" ? new Uri(site.Output + "/").AbsoluteUri : server.BaseUrl) + "hostile-daily/2023/05/04/01/injected.html";
            var page = await chromium.NewPageAsync([]);

            await page.GotoAsync(url);
            await page.ClickAsync("#js");
            await page.WaitForTimeoutAsync(200);

            Assert.NotEqual("ran", await page.TitleAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('link[rel=stylesheet]').sheet !== null"));
        }
        finally
        {
            File.Delete(injected);
        }
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertNoInjectedMarkup(IDocument document, string where)
    {
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: <{element.LocalName} {attribute.Name}> was injected");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{where}: a javascript: URL in <{element.LocalName} {attribute.Name}>");
            }
            if (element.LocalName == "img")
                Assert.NotEqual("x", element.GetAttribute("src"));
            if (element.LocalName == "script" && !element.HasAttribute("src"))
            {
                Assert.True(element.GetAttribute("type") == "application/ld+json", $"{where}: an inline script: {element.TextContent}");
                JsonDocument.Parse(element.TextContent).Dispose();
            }
        }
    }

    /// <summary>An archive whose page text, paper names and page name are all hostile, built once for the class.</summary>
    public sealed class HostileSite : IDisposable
    {
        private readonly TempDir _dir = new();

        public HostileSite()
        {
            _dir.Write("input/hostile-daily/paper.yml", "name_zh: '<script>alert(1)</script>日报'\nname_en: '\"><img src=x onerror=alert(1)> Daily'\n");
            _dir.Write("input/hostile-daily/2023-05-04/01.txt", string.Join("\n\n", Payloads) + "\n");
            _dir.Write("input/hostile-daily/2023-05-04/01.yml", "name: '<b onmouseover=alert(1)>要闻</b>{{ site }}'\n");
            _dir.Write("input/hostile-daily/2023-05-04/02.txt",
                "<script>alert(1)</script>市区新增公交线路\n\n本报讯（记者 \"><img src=x onerror=alert(1)>）近日，javascript:alert(1) 市交通部门开通三条公交线路。{{ site.title }}\n");
            _dir.Write("input/hostile-daily/2023-05-04/\"><img src=x onerror=alert(1)>.txt", "");
            Result = SiteBuilder.Build(_dir.Combine("input"), Output);
        }

        public NewsArchive.Pipeline.BuildResult Result { get; }
        public string Output => _dir.Combine("_site");

        public void Dispose() => _dir.Dispose();
    }

    /// <summary>A browser page that records console errors and every dialog a script opens (none should).</summary>
    private async Task<(IPage Page, string Root, List<string> Errors, List<string> Dialogs)> OpenWatched(string scheme, StaticServer server)
    {
        var root = scheme == "file" ? new Uri(site.Output + "/").AbsoluteUri : server.BaseUrl;
        var errors = new List<string>();
        var dialogs = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        page.Dialog += async (_, dialog) => { lock (dialogs) dialogs.Add($"{page.Url}: {dialog.Message}"); await dialog.DismissAsync(); };
        return (page, root, errors, dialogs);
    }
}
