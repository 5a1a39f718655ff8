using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.Pipeline;

namespace NewsArchive.Search;

/// <summary>
/// Builds the search index of the archive and the static files the browser searches: brings the Lucene
/// index under the input's cache folder up to date (only changed articles are re-indexed) and exports it for
/// the browser.
/// </summary>
public sealed class IndexArticles
{
    public const string StageName = "index";

    /// <param name="documents">The archive's articles as the index holds them (<see cref="ArticleDocument.From"/>).</param>
    /// <param name="onDisk">Whether the site already holds a file as the last build wrote it under a key (the render
    /// cache's check); null when there is no earlier site to reuse.</param>
    /// <param name="previous">The last build's export (<see cref="State.BuildState.Export"/>), or null.</param>
    public SearchOutput Run(IReadOnlyList<ArticleDocument> documents, BuildOptions options, BuildReport report, Func<string, string, bool>? onDisk = null,
        ExportState? previous = null)
    {
        try
        {
            return Attempt(documents, options, report, onDisk, previous);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException) && !DiskFull.Is(e))
        {
            // A cache killed mid-write, truncated or hand-edited: it is only ever a cache, so it goes and is made again
            // from the articles, once, and the build says so.
            report.Warn(StageName, ".cache/search-index/", $"the search index cache could not be read ({e.GetType().Name}: {e.Message}); discarded and rebuilt from the articles");
            Discard(options.InputDirectory);
            return Attempt(documents, options, report, onDisk: null, previous: null);
        }
    }

    /// <summary>Deletes the Lucene index; the last export is then not built upon either.</summary>
    internal static void Discard(string inputDirectory)
    {
        if (Directory.Exists(LuceneIndex.PathFor(inputDirectory)))
            Directory.Delete(LuceneIndex.PathFor(inputDirectory), recursive: true);
    }

    private static SearchOutput Attempt(IReadOnlyList<ArticleDocument> documents, BuildOptions options, BuildReport report, Func<string, string, bool>? onDisk,
        ExportState? previous)
    {
        var map = SimplifiedMap.Find(options.ThemeDirectory, options.InputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (map.Source is null)
            report.Warn(StageName, null, "OpenCC tables not found (run scripts/setup.sh): Traditional-character queries will not find Simplified text");
        var index = new LuceneIndex(LuceneIndex.PathFor(options.InputDirectory), map);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var changes = index.Update(documents, options.Parallelism);
        InputFingerprint.Save(index.Directory, options.InputDirectory);
        var lucene = clock.Elapsed;
        var exporter = new ExportIndex();
        var version = exporter.Version(index);
        var fileKey = "search export " + version;
        if (previous?.Version != version)
            previous = null;
        // The last export is built upon only while the site still holds every one of its files as written.
        var basis = previous is not null && onDisk is not null && previous.Paths.All(p => onDisk(p, fileKey))
            ? new ExportBasis(previous, path => ReadSiteFile(options.OutputDirectory, path), index.ReplacedVersions())
            : null;
        var result = exporter.Run(index, documents, basis);
        var files = result.Files.Select(f => f with { CacheKey = fileKey }).ToList();
        var export = clock.Elapsed - lucene;
        report.Count("articles indexed", changes.Added + changes.Replaced);
        report.Count("search files", files.Count);
        report.Count("search files exported", files.Count(f => !f.Unchanged));
        // The same input must give the same messages, fresh or incremental: what changed goes to the counters.
        report.Info(StageName, null, $"search index: {changes.Total} articles");
        report.Count("articles removed from the index", changes.Deleted);
        // Sub-stage times go to the timing table, not the diagnostics, which must not depend on the clock.
        report.Time("index: lucene", lucene, changes.Added + changes.Replaced);
        report.Time("index: export", export, files.Count);
        return new SearchOutput(files, result.State)
        {
            // Once the site holds these files and the state names them, the old versions are spent.
            Commit = index.ForgetReplacedVersions,
        };
    }

    private static byte[]? ReadSiteFile(string outputDirectory, string path)
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(outputDirectory, path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>What the index stage gives the site: the browser's static index files, and what they were exported from for the next build's state.</summary>
public sealed record SearchOutput(IReadOnlyList<SiteFile> Files, ExportState State)
{
    /// <summary>Run once the site holds <see cref="Files"/> and the build's state is saved.</summary>
    public Action Commit { get; init; } = () => { };
}
