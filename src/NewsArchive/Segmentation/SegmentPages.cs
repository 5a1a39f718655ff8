using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation.Corrections;

namespace NewsArchive.Segmentation;

/// <summary>Segments every page into articles, in parallel: pages are independent.</summary>
public sealed class SegmentPages
{
    public const string StageName = "segment";

    public IReadOnlyList<PrintedPage> Run(IReadOnlyList<PageSource> pages, BuildReport report, IProgressSink progress, int parallelism)
    {
        progress.StageStarted(StageName, pages.Count);
        var result = new PrintedPage[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            result[i] = SegmentOne(pages[i], report);
            progress.Advance(StageName);
        });
        progress.StageFinished(StageName);
        return result;
    }

    private static PrintedPage SegmentOne(PageSource page, BuildReport report)
    {
        var segmentation = PageSegmenter.Segment(page.Text);
        foreach (var warning in segmentation.Warnings)
            report.Warn(StageName, page.File, warning);
        foreach (var leftover in segmentation.Leftovers)
            report.Warn(StageName, page.File, $"text not placed in any article: {leftover}");
        if (page.CorrectionsFile is not null)
            segmentation = Corrected(page, segmentation, report);
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

    /// <summary>
    /// The librarian's corrections sidecar wins over the automatic segmentation; a sidecar that cannot be read
    /// is an error naming it (line and column) and the automatic segmentation stands.
    /// </summary>
    private static PageSegmentation Corrected(PageSource page, PageSegmentation segmentation, BuildReport report)
    {
        var path = page.CorrectionsFile!;
        var relative = CombineRelative(page.File, Path.GetFileName(path));
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            report.Error(StageName, relative, $"cannot read the corrections: {e.Message}");
            return segmentation;
        }
        catch (UnauthorizedAccessException e)
        {
            report.Error(StageName, relative, $"cannot read the corrections: {e.Message}");
            return segmentation;
        }
        var (corrections, error) = ReadCorrections.Parse(yaml);
        if (error is not null)
        {
            report.Error(StageName, relative, $"line {error.Line}, column {error.Column}: {error.Message}; the automatic segmentation is used", error.Line);
            return segmentation;
        }
        var (corrected, warnings) = ApplyCorrections.Apply(segmentation, corrections!);
        foreach (var warning in warnings)
            report.Warn(StageName, relative, warning);
        report.Count("corrected pages");
        return corrected;
    }

    private static string CombineRelative(string pageFile, string name)
    {
        var slash = pageFile.LastIndexOf('/');
        return slash < 0 ? name : pageFile[..(slash + 1)] + name;
    }
}
