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

    /// <param name="onDisk">Whether the site already holds a file as the last build wrote it under a key (the render
    /// cache's check); null when there is no earlier site to reuse.</param>
    public SearchOutput Run(Archive archive, BuildOptions options, BuildReport report, Func<string, string, bool>? onDisk = null)
    {
        var map = SimplifiedMap.Find(options.ThemeDirectory, options.InputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (map.Source is null)
            report.Warn(StageName, null, "OpenCC tables not found (run scripts/setup.sh): Traditional-character queries will not find Simplified text");
        var documents = archive.Articles.Select(ArticleDocument.From).ToList();
        var index = new LuceneIndex(LuceneIndex.PathFor(options.InputDirectory), map);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var changes = index.Update(documents, options.Parallelism);
        InputFingerprint.Save(index.Directory, options.InputDirectory);
        var lucene = clock.Elapsed;
        var cache = options.Incremental ? new ExportCache(ExportCache.PathFor(options.InputDirectory)) : null;
        var key = ExportCache.KeyFor(index);
        var fileKey = "search export " + key;
        IReadOnlyList<SiteFile> files;
        if (cache?.Load(key) is { } paths && onDisk is not null && paths.All(p => onDisk(p, fileKey)))
        {
            files = [.. paths.Select(p => new SiteFile(p, []) { CacheKey = fileKey, Unchanged = true })];
        }
        else
        {
            files = [.. new ExportIndex().Run(index, documents).Select(f => f with { CacheKey = fileKey })];
            cache?.Save(key, files.Select(f => f.Path));
        }
        var export = clock.Elapsed - lucene;
        var related = new FindRelated().Run(documents, options.Parallelism);
        var relatedTime = clock.Elapsed - lucene - export;
        report.Count("articles indexed", changes.Added + changes.Replaced);
        report.Count("search files", files.Count);
        // The same input must give the same messages, fresh or incremental: what changed goes to the counters.
        report.Info(StageName, null, $"search index: {changes.Total} articles");
        report.Count("articles removed from the index", changes.Deleted);
        // Sub-stage times go to the timing table, not the diagnostics, which must not depend on the clock.
        report.Time("index: lucene", lucene, changes.Added + changes.Replaced);
        report.Time("index: export", export, files.Count);
        report.Time("index: related", relatedTime, documents.Count);
        // On a shared machine wall time mostly measures the neighbours; processor time is this stage's own cost.
        report.Time("index: processor time", System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu, documents.Count);
        return new SearchOutput(files, related);
    }
}

/// <summary>What the index stage gives the site: the browser's static index files, and related articles by article id.</summary>
public sealed record SearchOutput(IReadOnlyList<SiteFile> Files, IReadOnlyDictionary<string, IReadOnlyList<string>> RelatedById);
