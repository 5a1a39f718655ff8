using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Segmentation;

/// <summary>Segments every page into articles, in parallel: pages are independent.</summary>
public sealed class SegmentPages
{
    public const string StageName = "segment";

    /// <summary>Segmentations of earlier builds, by page text; null segments every page.</summary>
    public Caching.SegmentationCache? Cache { get; init; }

    public IReadOnlyList<PrintedPage> Run(IReadOnlyList<PageSource> pages, BuildReport report, IProgressSink progress, int parallelism)
    {
        progress.StageStarted(StageName, pages.Count);
        var result = new PrintedPage[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            result[i] = SegmentOne(pages[i], report, Cache);
            progress.Advance(StageName);
        });
        progress.StageFinished(StageName);
        return result;
    }

    private static PrintedPage SegmentOne(PageSource page, BuildReport report, Caching.SegmentationCache? cache)
    {
        var segmentation = cache is null ? PageSegmenter.Segment(page.Text) : cache.GetOrAdd(page, () => PageSegmenter.Segment(page.Text));
        foreach (var leftover in segmentation.Leftovers)
            report.Warn(StageName, page.File, $"text not placed in any article: {leftover}");
        var articles = segmentation.Items
            .Select((item, i) => new Article
            {
                Paper = page.Paper,
                Date = page.Date,
                PageNumber = page.Number,
                PageName = page.Name,
                Position = i + 1,
                Item = item,
            })
            .ToList();
        report.Count("articles", articles.Count);
        return new PrintedPage { Source = page, Articles = articles, Leftovers = segmentation.Leftovers, Removed = segmentation.Removed };
    }
}
