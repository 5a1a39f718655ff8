using System.Text;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// Renders the archive through the theme's templates and copies its assets. Files are produced lazily,
/// one at a time, so the site is streamed to disk rather than held in memory.
/// </summary>
public sealed class RenderSite(ThemeTemplates templates, SiteView site, IReadOnlyDictionary<string, IReadOnlyList<string>> relatedById, Caching.RenderCache? cache = null)
{
    public const string StageName = "render";

    public IEnumerable<SiteFile> Run(Archive archive, BuildReport report) => Plan(archive, report).Select(render => render());

    /// <summary>
    /// Every file of the site as a render still to do, in output order. The views are made here, in order; the
    /// renders themselves are independent, so the pipeline runs them on all cores a batch at a time.
    /// </summary>
    public IEnumerable<Func<SiteFile>> Plan(Archive archive, BuildReport report)
    {
        var byId = archive.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var issues = archive.Issues.Select(IssueView.From).ToList();
        yield return () => Html("index.html", "index", new() { ["issues"] = issues });
        yield return () => Html("search.html", "search", new() { ["title"] = "搜索 Search" });

        foreach (var issue in archive.Issues)
        {
            var issueView = IssueView.From(issue);
            yield return () => Html(issue.Url, "issue", new() { ["issue"] = issueView });
            foreach (var (page, pageView) in issue.Pages.Zip(issueView.Pages))
                yield return () => Html(page.Url, "page", new() { ["issue"] = issueView, ["page"] = pageView });

            var articles = issue.Articles.ToList();
            for (var i = 0; i < articles.Count; i++)
            {
                var related = relatedById.TryGetValue(articles[i].Id, out var ids)
                    ? ids.Where(byId.ContainsKey).Select(id => ArticleView.Link(byId[id])).ToList()
                    : [];
                var view = ArticleView.From(articles[i], i > 0 ? articles[i - 1] : null, i + 1 < articles.Count ? articles[i + 1] : null) with { Related = related };
                var url = articles[i].Url;
                yield return () => Html(url, "article", new() { ["article"] = view, ["issue"] = issueView });
            }
        }

        foreach (var asset in Assets())
            yield return () => asset;
    }

    private SiteFile Html(string path, string template, Dictionary<string, object?> model)
    {
        model["site"] = site;
        model["page_path"] = "/" + path;
        var key = cache?.Key(template, model);
        if (key is not null && cache!.Fresh(path, key) is not null)
            return new SiteFile(path, []) { CacheKey = key, Unchanged = true };
        return new SiteFile(path, Encoding.UTF8.GetBytes(templates.Render(template, model))) { CacheKey = key };
    }

    private IEnumerable<SiteFile> Assets()
    {
        var assets = Path.Combine(templates.ThemeDirectory, "assets");
        if (!Directory.Exists(assets))
            yield break;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new SiteFile("assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }
}
