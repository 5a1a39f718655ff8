using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Tests.Support;

/// <summary>
/// Renders an in-memory archive the way the build does (render -> post-process -> write), with strict templates,
/// so a variable a template uses and the model lacks fails the test instead of rendering as nothing.
/// </summary>
public static class SiteRenderer
{
    public static BuildReport Render(Archive archive, string output, string? theme = null, string? baseUrl = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? related = null, int listingPageSize = 200)
    {
        var report = new BuildReport();
        var templates = new ThemeTemplates(theme ?? Repo.Theme, ViewTypes.All, strict: true);
        var relatedById = related ?? RichArchive.Related(archive);
        var render = new RenderSite(templates, baseUrl, () => relatedById) { ListingPageSize = listingPageSize };
        var post = new PostProcessHtml();
        var writer = new WriteSite(output, report);
        foreach (var file in render.Run(archive, report))
            writer.Write(post.Run(file));
        post.CheckLinks(writer.Produced, report);
        writer.Commit();
        return report;
    }
}

/// <summary>The rich archive rendered once per test run, shared read-only.</summary>
public sealed class RichSite : IDisposable
{
    private readonly TempDir _dir = new();

    public RichSite()
    {
        Archive = RichArchive.Build();
        Report = SiteRenderer.Render(Archive, Output);
    }

    public Archive Archive { get; }
    public BuildReport Report { get; }
    public string Output => _dir.Combine("_site");

    public void Dispose() => _dir.Dispose();
}
