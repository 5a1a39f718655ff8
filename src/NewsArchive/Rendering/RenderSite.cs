using System.Text;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// Renders the archive through the theme's templates and copies its assets. Files are produced lazily,
/// one at a time, so the site is streamed to disk rather than held in memory.
/// </summary>
public sealed class RenderSite(ThemeTemplates templates, SiteView site, IReadOnlyDictionary<string, IReadOnlyList<string>> relatedById)
{
    public const string StageName = "render";

    public IEnumerable<SiteFile> Run(Archive archive, BuildReport report)
    {
        var byId = archive.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        yield return Html("index.html", "index", new() { ["issues"] = archive.Issues.Select(IssueView.From).ToList() });
        yield return Html("search.html", "search", new() { ["title"] = "搜索 Search" });

        foreach (var issue in archive.Issues)
        {
        var issueView = IssueView.From(issue);
            yield return Html(issue.Url, "issue", new() { ["issue"] = issueView });
            foreach (var (page, pageView) in issue.Pages.Zip(issueView.Pages))
                yield return Html(page.Url, "page", new() { ["issue"] = issueView, ["page"] = pageView });

            var articles = issue.Articles.ToList();
            for (var i = 0; i < articles.Count; i++)
            {
                var related = relatedById.TryGetValue(articles[i].Id, out var ids)
                    ? ids.Where(byId.ContainsKey).Select(id => ArticleView.Link(byId[id])).ToList()
                    : [];
                var view = ArticleView.From(articles[i], i > 0 ? articles[i - 1] : null, i + 1 < articles.Count ? articles[i + 1] : null) with { Related = related };
                yield return Html(articles[i].Url, "article", new() { ["article"] = view, ["issue"] = issueView });
            }
        }

        foreach (var asset in Assets())
            yield return asset;
    }

    private SiteFile Html(string path, string template, Dictionary<string, object?> model)
    {
        model["site"] = site;
        model["page_path"] = "/" + path;
        return new SiteFile(path, Encoding.UTF8.GetBytes(templates.Render(template, model)));
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
