using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>A reader opens the built site in real Chromium and follows every link, from disk and over HTTP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteNavigationTests(Chromium chromium, SampleSite site, RichSite rich)
{
    [Fact]
    public async Task Every_internal_link_resolves_from_file_with_no_console_error()
    {
        var start = new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri;

        var (visited, errors) = await Crawl(start);

        Assert.Empty(errors);
        AssertEveryArticleVisited(visited);
    }

    [Fact]
    public async Task Every_internal_link_resolves_over_http_under_a_project_path()
    {
        using var server = new StaticServer(site.Output);

        var (visited, errors) = await Crawl(server.BaseUrl + "index.html");

        Assert.Empty(errors);
        AssertEveryArticleVisited(visited);
    }

    [Fact]
    public async Task Every_page_of_a_full_archive_is_reachable_by_links_from_file_and_over_http()
    {
        using var server = new StaticServer(rich.Output);
        var start = new Uri(Path.Combine(rich.Output, "index.html")).AbsoluteUri;

        // The rich site is rendered without the index stage, so its search page has no index to load; its keyword
        // tags of one-article keywords still link there. The sample site's crawls open the search page.
        var (fromDisk, diskErrors) = await Crawl(start, openSearch: false);
        var (overHttp, httpErrors) = await Crawl(server.BaseUrl + "index.html", openSearch: false);

        Assert.True(diskErrors.Count == 0, string.Join("\n", diskErrors));
        Assert.True(httpErrors.Count == 0, string.Join("\n", httpErrors));
        var pages = Directory.EnumerateFiles(rich.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(rich.Output, f).Replace('\\', '/'))
            .Where(f => f != "404.html" && f != "search.html") // the 404 is reached by mistake, search by the header's form
            .ToList();
        Assert.True(pages.Count > 60, $"only {pages.Count} pages");
        Assert.All(pages, p => Assert.Contains(fromDisk, v => Uri.UnescapeDataString(v).EndsWith("/" + p, StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.Contains(overHttp, v => Uri.UnescapeDataString(v).EndsWith("/" + p, StringComparison.Ordinal)));
    }

    private void AssertEveryArticleVisited(IReadOnlySet<string> visited)
    {
        var articles = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, @"/\d\d/\d\d\.html$"))
            .ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.Contains(visited, v => v.EndsWith(a, StringComparison.Ordinal)));
    }

    /// <summary>Breadth-first over same-site links; a link whose page fails to load is an error.</summary>
    private async Task<(IReadOnlySet<string> Visited, List<string> Errors)> Crawl(string start, bool openSearch = true)
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        var root = start[..(start.LastIndexOf('/') + 1)];
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!visited.Add(url)) continue;
            if (!openSearch && url.EndsWith("/search.html", StringComparison.Ordinal)) continue;
            if (!url.EndsWith(".html", StringComparison.Ordinal))
            {
                // Feeds, the sitemap, assets: fetched, not opened, so the browser's XML viewer is no part of the test.
                if (url.StartsWith("http", StringComparison.Ordinal))
                {
                    var fetched = await page.Context.APIRequest.GetAsync(url);
                    if (!fetched.Ok) errors.Add($"{url}: HTTP {fetched.Status}");
                }
                continue;
            }
            var response = await page.GotoAsync(url);
            if (response is not null && !response.Ok)
            {
                errors.Add($"{url}: HTTP {response.Status}");
                continue;
            }
            if (!url.EndsWith(".html", StringComparison.Ordinal)) continue;
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(e => e.href)");
            foreach (var href in hrefs)
            {
                var target = href.Split('#')[0].Split('?')[0];
                if (target.StartsWith(root, StringComparison.Ordinal) && !visited.Contains(target))
                {
                    if (target.StartsWith("file:", StringComparison.Ordinal) && !File.Exists(new Uri(target).LocalPath))
                        errors.Add($"{url}: broken link {href}");
                    else
                        queue.Enqueue(target);
                }
            }
        }
        await page.Context.CloseAsync();
        return (visited, errors);
    }
}
