using NewsArchive.Caching;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.Chinese;
using NewsArchive.Enrichment.English;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Search;
using NewsArchive.Segmentation;

namespace NewsArchive.Pipeline;

/// <summary>
/// The front of every command that needs the archive (build, search, translate): read -> segment -> enrich ->
/// assemble, with the input's caches, so a command after a build (or a build after a search) pays only for the
/// pages and articles that changed.
/// </summary>
public sealed class PrepareArchive(BuildOptions options, BuildReport report, IProgressSink? progress = null)
{
    private readonly IProgressSink _progress = progress ?? NoProgress.Instance;

    /// <summary>The archive of the input folder, enriched with <paramref name="english"/>; cache hits and misses are counted in <paramref name="caches"/>.</summary>
    public Archive Run(EnglishChain english, BuildCaches? caches)
    {
        // When the input changed since the search index was made, some article will need SmartCn's dictionaries
        // (about a second to load) and CC-CEDICT (a fifth): they load on other threads while the pages are read and segmented.
        var gloss = DictionaryGloss.Locate(options.InputDirectory);
        if (!InputFingerprint.Matches(LuceneIndex.PathFor(options.InputDirectory), options.InputDirectory))
        {
            _ = Task.Run(() => ChineseWords.Segment("预先载入词典"));
            _ = Task.Run(() => gloss.Dictionary);
        }
        var sources = StageTimer.Run(report, ReadPages.StageName, () => new ReadPages().Run(options.InputDirectory, report), r => r.Count);
        report.Count("pages", sources.Count);
        var pages = StageTimer.Run(report, SegmentPages.StageName,
            () => new SegmentPages { Cache = caches is null ? null : caches.Segmentation.GetOrAdd, KeepReviewText = options.Review }.Run(sources, report, _progress, options.Parallelism), r => r.Count);
        // The gloss runs inside the stage for every article; the chain replaces it where a librarian, the
        // memory or a service has better English, and leaves it where they have none.
        var enrich = new EnrichArticles(gloss, english);
        IReadOnlyList<PrintedPage> Enrich(IReadOnlyList<PrintedPage> p) => enrich.Run(p, report, _progress, options.Parallelism);
        pages = StageTimer.Run(report, EnrichArticles.StageName,
            () => caches is null ? Enrich(pages) : caches.Enrichment.Run(pages, report, Enrich), r => r.Sum(p => p.Articles.Count));
        return StageTimer.Run(report, AssembleArchive.StageName, () => new AssembleArchive().Run(pages), a => a.Issues.Count);
    }

    /// <summary>The English chain of a command: a build calls a configured service unless offline; search and translate say which they want.</summary>
    public EnglishChain English(bool callService) =>
        EnglishChain.Configure(options.InputDirectory, options.GetEnvironmentVariable, callService, gloss: null, report);
}
