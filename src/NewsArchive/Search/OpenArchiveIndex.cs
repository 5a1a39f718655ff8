using NewsArchive.Caching;
using NewsArchive.Pipeline;

namespace NewsArchive.Search;

/// <summary>
/// The index of the archive built from an input folder, for the CLI: used as it is when the input files are
/// those it was built from, else brought up to date through the build's own read, segment and enrich stages and caches.
/// </summary>
public sealed class OpenArchiveIndex
{
    public LuceneIndex Run(string inputDirectory, BuildReport report, Action<string>? log = null)
    {
        var map = SimplifiedMap.Find(inputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var index = new LuceneIndex(LuceneIndex.PathFor(inputDirectory), map);
        if (index.Exists && InputFingerprint.Matches(index.Directory, inputDirectory))
            return index;
        log?.Invoke($"indexing the archive in {inputDirectory} ...");
        // The build's own front stages and caches: after a build only changed pages are read again. English comes
        // from sidecars, memory and gloss, never a service: searching must not cost money or need a network.
        var options = new BuildOptions { InputDirectory = inputDirectory };
        var prepare = new PrepareArchive(options, report);
        var english = prepare.English(callService: false);
        var caches = BuildCaches.Load(options, callsService: false);
        var archive = prepare.Run(english, caches);
        caches.SaveInputs();
        var changes = index.Update([.. archive.Articles.Select(ArticleDocument.From)]);
        InputFingerprint.Save(index.Directory, inputDirectory);
        log?.Invoke($"indexed {changes.Total} articles ({changes.Added} added, {changes.Replaced} changed, {changes.Deleted} removed); " +
            $"{caches.Segmentation.Store.Hits} of {archive.Issues.Sum(i => i.Pages.Count)} pages as segmented before");
        return index;
    }
}
