using NewsArchive.Enrichment;
using NewsArchive.Enrichment.English;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Ingest;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation;

namespace NewsArchive.Search;

/// <summary>
/// The index of the archive built from an input folder, for the CLI: used as it is when the input files are
/// those it was built from, else brought up to date through the build's own read, segment and enrich stages.
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
        var sources = new ReadPages().Run(inputDirectory, report);
        var parallelism = Environment.ProcessorCount;
        var pages = new SegmentPages().Run(sources, report, NoProgress.Instance, parallelism);
        // The same English as a build, but never a service call: searching must not cost money or need a network.
        var english = EnglishChain.Configure(inputDirectory, Environment.GetEnvironmentVariable, callService: false, gloss: null, report);
        pages = new EnrichArticles(DictionaryGloss.Locate(inputDirectory), english).Run(pages, report, NoProgress.Instance, parallelism);
        var archive = new AssembleArchive().Run(pages);
        var changes = index.Update([.. archive.Articles.Select(ArticleDocument.From)], parallelism);
        InputFingerprint.Save(index.Directory, inputDirectory);
        log?.Invoke($"indexed {changes.Total} articles ({changes.Added} added, {changes.Replaced} changed, {changes.Deleted} removed)");
        return index;
    }
}
