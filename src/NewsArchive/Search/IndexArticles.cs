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

    public SearchOutput Run(Archive archive, BuildOptions options, BuildReport report)
    {
        report.Info(StageName, null, "search index not built yet");
        return new SearchOutput([], new Dictionary<string, IReadOnlyList<string>>());
    }
}

/// <summary>What the index stage gives the site: the browser's static index files, and related articles by article id.</summary>
public sealed record SearchOutput(IReadOnlyList<SiteFile> Files, IReadOnlyDictionary<string, IReadOnlyList<string>> RelatedById);
