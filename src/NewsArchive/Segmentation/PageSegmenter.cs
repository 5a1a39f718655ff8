using NewsArchive.Model;
using NewsArchive.Segmentation.Assignment;
using NewsArchive.Segmentation.Cleaning;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation;

/// <summary>
/// Splits one page's extracted text into the articles a reader saw. Pure and synchronous; never throws on any
/// input. The cleaning steps run first (furniture, fake bold), then the layout reading builds the items, and
/// the text accounting makes sure every non-space character ended somewhere.
/// </summary>
public static class PageSegmenter
{
    public const string Implementation = "layout rules: datelines, credits, bylines, headings before or after bodies, briefs, furniture, fake bold";

    public const string NoArticlesWarning = "no recognisable articles: the page is kept whole as one item";

    public const string BudgetWarning = "segmentation of this page went over its budget";

    /// <summary>A printed page's text is tens of kilobytes; beyond this it is not one page, and is kept whole.</summary>
    public const int MaximumLength = 2_000_000;

    public static PageSegmentation Segment(string text) => Segment(text, AssignmentSettings.Default);

    /// <summary>
    /// Segments with the given weights of the page-wide assignment of headings; null keeps the line-by-line
    /// reading alone (the segmenter before the assignment, kept to compare against).
    /// </summary>
    public static PageSegmentation Segment(string text, AssignmentSettings? settings) =>
        Segment(text, settings, SegmentationBudget.StepsFor(text.Length), SegmentationBudget.BytesFor(text.Length), SegmentationBudget.DefaultTime);

    /// <summary>Segments under a budget of steps, allocated bytes and time; a page that spends it is kept whole with a warning.</summary>
    public static PageSegmentation Segment(string text, long maxSteps, long maxBytes, TimeSpan maxTime) =>
        Segment(text, AssignmentSettings.Default, maxSteps, maxBytes, maxTime);

    private static PageSegmentation Segment(string text, AssignmentSettings? settings, long maxSteps, long maxBytes, TimeSpan maxTime)
    {
        if (text.Length > MaximumLength)
            return Whole(text, $"the page has {text.Length} characters, more than one printed page can hold; it is kept whole as one item");
        try
        {
            return Checked(text, SegmentationBudget.Run(maxSteps, maxBytes, maxTime, () => SegmentUnchecked(text, settings)));
        }
        catch (SegmentationBudgetExceededException e)
        {
            return Whole(text, $"{BudgetWarning} ({e.Message}); the page is kept whole as one item");
        }
#pragma warning disable CA1031 // a page the rules cannot read must still be kept, whole
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Whole(text, $"segmentation failed ({e.GetType().Name}); the page is kept whole as one item");
        }
    }

    private static PageSegmentation SegmentUnchecked(string text, AssignmentSettings? settings)
    {
        var lines = SplitLines.Apply(text);
        var furniture = RemovePageFurniture.Apply(lines);
        var removed = new List<RemovedText>(furniture.Removed);
        var cleaned = UndoBold(furniture.Lines, removed);
        var warnings = new List<string>();
        var assemble = new AssembleItems();
        var (read, readLeftovers) = assemble.Run(cleaned, furniture.BriefHeadingAfter);
        var drafts = read.ToList();
        var leftovers = readLeftovers.ToList();
        JoinRunOnColumns.Apply(drafts);
        if (settings is not null)
            ReassignColumns.Apply(drafts, settings);
        var decisions = settings is null ? [] : ReassignHeadings.Apply(drafts, assemble.LeftoverHeadings, leftovers, settings);
        var items = new List<SegmentedItem>();
        var itemOfDraft = new Dictionary<int, int>();
        for (var d = 0; d < drafts.Count; d++)
        {
            if (FinishItem.Apply(drafts[d]) is not { } finished)
                continue;
            var item = FitFields.Apply(finished, warnings);
            items.Add(item);
            itemOfDraft[d] = items.Count;
        }
        var segmentation = new PageSegmentation
        {
            Items = items,
            Leftovers = leftovers,
            Removed = removed,
            Warnings = warnings,
            Confidence = settings is null ? null : AssessConfidence.Apply(text, items, leftovers, decisions, itemOfDraft, settings),
        };
        if (!items.Any(i => i.Title is not null || i.Dateline is not null || i.Byline is not null) && text.Any(c => !char.IsWhiteSpace(c)))
            return Whole(text, NoArticlesWarning);
        return segmentation;
    }

    private static List<PageLine> UndoBold(IReadOnlyList<PageLine> lines, List<RemovedText> removed)
    {
        var result = new List<PageLine>(lines.Count);
        foreach (var block in lines.GroupBy(l => l.Block))
        {
            SegmentationBudget.Step();
            var blockLines = block.ToList();
            var perLine = blockLines.Select(l => UndoFakeBold.Line(l.Text)).ToList();
            if (perLine.All(u => u is null) && blockLines.Count is >= 2 and <= 4)
            {
                var whole = UndoFakeBold.Lines(blockLines.Select(l => l.Text).ToList());
                if (whole is not null)
                {
                    removed.Add(new RemovedText(whole.Duplicate, "fake-bold duplicate"));
                    result.Add(blockLines[0] with { Text = whole.Kept, Bold = true });
                    continue;
                }
            }
            for (var i = 0; i < blockLines.Count; i++)
            {
                if (perLine[i] is { } undone)
                {
                    removed.Add(new RemovedText(undone.Duplicate, "fake-bold duplicate"));
                    result.Add(blockLines[i] with { Text = undone.Kept, Bold = true });
                }
                else
                    result.Add(blockLines[i]);
            }
        }
        return result;
    }

    /// <summary>The page as one item, paragraphs from its blocks, when no article can be recognised.</summary>
    public static PageSegmentation Whole(string text, string warning)
    {
        var lines = SplitLines.Apply(text);
        var paragraphs = lines.GroupBy(l => l.Block)
            .Select(g => JoinBodyText.Apply(g.Select(l => l.Text)))
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
            return new PageSegmentation();
        return new PageSegmentation
        {
            Items = [new SegmentedItem { Kind = ItemKind.News, Paragraphs = paragraphs }],
            Warnings = [warning],
            // Kept whole is never the reading a librarian wants: the review page lists it.
            Confidence = new PageConfidence { Risk = 1, Reasons = [warning] },
        };
    }

    /// <summary>The safety net of the accounting: characters no rule placed become leftovers, never vanish.</summary>
    private static PageSegmentation Checked(string text, PageSegmentation segmentation)
    {
        var check = TextAccounting.Check(text, segmentation);
        if (check.Extra.Length > 0)
            return Whole(text, $"segmentation invented text ({check.Extra}); the page is kept whole as one item");
        if (check.Missing.Length == 0)
            return FlagUnplaced(segmentation);
        return FlagUnplaced(segmentation with { Leftovers = [.. segmentation.Leftovers, check.Missing] });
    }

    /// <summary>A page whose text is mostly in no article is worth a look whatever the rules thought: a warning says how much.</summary>
    public static PageSegmentation FlagUnplaced(PageSegmentation segmentation)
    {
        static int Count(string s) => s.Count(c => !char.IsWhiteSpace(c));
        var unplaced = segmentation.Leftovers.Sum(Count);
        var all = TextAccounting.Outputs(segmentation).Sum(Count);
        if (unplaced * 2 <= all)
            return segmentation;
        return segmentation with
        {
            Warnings = [.. segmentation.Warnings, $"most of this page's text ({unplaced} of {all} characters) is in no article; it is listed as leftovers: check the page or write a corrections sidecar"],
        };
    }
}
