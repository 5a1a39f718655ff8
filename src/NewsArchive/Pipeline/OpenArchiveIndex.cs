using NewsArchive.Caching;
using NewsArchive.Search;

namespace NewsArchive.Pipeline;

/// <summary>
/// The index of the archive built from an input folder, for the CLI: used as it is when the input files are
/// those it was built from, else brought up to date through the build's own read, segment and enrich stages and caches.
/// </summary>
public sealed class OpenArchiveIndex
{
    /// <summary>
    /// The index, brought up to date under the input's cache lock (a build may be writing it); a damaged index is
    /// discarded and made again, with one warning. Throws <see cref="BuildRefusedException"/> when a build holds the
    /// lock for longer than <paramref name="wait"/>.
    /// </summary>
    public LuceneIndex Run(string inputDirectory, BuildReport report, Action<string>? log = null, TimeSpan? wait = null)
    {
        var options = new BuildOptions { InputDirectory = inputDirectory };
        using var cacheLock = FolderLock.Take(BuildPipeline.CacheLockPath(options), $"the input's cache {options.CacheDirectory}", wait ?? TimeSpan.FromSeconds(30));
        try
        {
            return Open(inputDirectory, report, log);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException) && !DiskFull.Is(e))
        {
            report.Warn(IndexArticles.StageName, ".cache/search-index/", $"the search index cache could not be read ({e.GetType().Name}: {e.Message}); discarded and rebuilt from the articles");
            IndexArticles.Discard(inputDirectory);
            return Open(inputDirectory, report, log);
        }
    }

    private static LuceneIndex Open(string inputDirectory, BuildReport report, Action<string>? log)
    {
        var map = SimplifiedMap.Find(inputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var index = new LuceneIndex(LuceneIndex.PathFor(inputDirectory), map);
        if (index.Exists && InputFingerprint.Matches(index.Directory, inputDirectory))
        {
            // Opened once here, so a damaged index is found while it can still be made again.
            using (index.OpenReader()) { }
            return index;
        }
        log?.Invoke($"indexing the archive in {inputDirectory} ...");
        // The build's own front stages and caches: after a build only changed pages are read again. English comes
        // from sidecars, memory and gloss, never a service: searching must not cost money or need a network.
        var options = new BuildOptions { InputDirectory = inputDirectory };
        var prepare = new PrepareArchive(options, report);
        var english = prepare.English(callService: false);
        var caches = BuildCaches.Load(options, callsService: false);
        var archive = prepare.Run(english, caches);
        caches.SaveInputs();
        var changes = index.Update([.. archive.Articles.Select(ArticleDocument.From)], options.Parallelism);
        InputFingerprint.Save(index.Directory, inputDirectory);
        log?.Invoke($"indexed {changes.Total} articles ({changes.Added} added, {changes.Replaced} changed, {changes.Deleted} removed); " +
            $"{caches.Segmentation.Store.Hits} of {archive.Issues.Sum(i => i.Pages.Count)} pages as segmented before");
        return index;
    }
}
