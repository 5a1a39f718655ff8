using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Rendering;

namespace NewsArchive.Search;

/// <summary>
/// Builds the search index of the archive and the static files the browser searches.
/// SKELETON: no index is built yet; the report says so.
/// </summary>
public sealed class IndexArticles
{
    public const string StageName = "index";

    public IReadOnlyList<SiteFile> Run(Archive archive, BuildOptions options, BuildReport report)
    {
        report.Info(StageName, null, "search index not built yet");
        return [];
    }
}
