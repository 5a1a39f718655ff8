using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Rendering;

namespace NewsArchive.Search;

/// <summary>
/// Builds the search index of the archive and the static files the browser searches: brings the Lucene
/// index under the input's cache folder up to date (only changed articles are re-indexed), exports it for
/// the browser, and finds each article's related articles.
/// </summary>
public sealed class IndexArticles
{
    public const string StageName = "index";

    public SearchOutput Run(Archive archive, BuildOptions options, BuildReport report)
    {
        var map = SimplifiedMap.Find(options.ThemeDirectory, options.InputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (map.Source is null)
            report.Warn(StageName, null, "OpenCC tables not found (run scripts/setup.sh): Traditional-character queries will not find Simplified text");
        var documents = archive.Articles.Select(ArticleDocument.From).ToList();
        var index = new LuceneIndex(LuceneIndex.PathFor(options.InputDirectory), map);
        var changes = index.Update(documents);
        InputFingerprint.Save(index.Directory, options.InputDirectory);
        report.Count("articles indexed", changes.Added + changes.Replaced);
        report.Info(StageName, null, $"search index: {changes.Total} articles ({changes.Added} added, {changes.Replaced} changed, {changes.Deleted} removed)");
        var files = new ExportIndex().Run(index);
        var related = new FindRelated().Run(index, documents, options.Parallelism);
        return new SearchOutput(files, related);
    }
}

/// <summary>What the index stage gives the site: the browser's static index files, and related articles by article id.</summary>
public sealed record SearchOutput(IReadOnlyList<SiteFile> Files, IReadOnlyDictionary<string, IReadOnlyList<string>> RelatedById);
