using NewsArchive.Model;
using NewsArchive.Rendering;
using NewsArchive.Segmentation.Corrections;

namespace NewsArchive.Segmentation;

/// <summary>
/// Segments every page into articles, in parallel: pages are independent. Whatever the segmenter does, nothing
/// of a page is lost: a page it cannot split (or that makes it fail) is kept whole as one item with a message,
/// every leftover is reported with its page, and text the segmenter dropped is put back as a leftover.
/// </summary>
public sealed class SegmentPages(Func<string, PageSegmentation>? segmenter = null)
{
    public const string StageName = "segment";

    private readonly Func<string, PageSegmentation> _segment = segmenter ?? PageSegmenter.Segment;

    /// <summary>
    /// Segments a page of a PDF (its bytes and 0-based page index) from its geometry. A page whose fonts did not decode
    /// (its text came from pdftotext) is segmented as text instead.
    /// </summary>
    public Func<byte[], int, Pdf.PdfPageSegmentation> PdfSegmenter { get; init; } = (pdf, index) => Pdf.SegmentPdfPage.Segment(pdf, index);

    /// <summary>
    /// Segmentations of earlier builds: given a page and how to segment it, the segmentation remembered for it or made
    /// now; null segments every page. A function, not the cache itself, so that segmentation does not depend on caching.
    /// </summary>
    public Func<PageSource, Func<PageSegmentation>, PageSegmentation>? Cache { get; init; }

    /// <summary>Keep a doubtful page's text on the page, for the review page's copy of it (build --review).</summary>
    public bool KeepReviewText { get; init; }

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

    private PageSegmentation Segment(PageSource page)
    {
        if (page.Pdf is not { TextFromPdftotext: false, Bytes: { } bytes } pdf)
            return _segment(page.Text);
        var read = PdfSegmenter(bytes, pdf.PageIndex);
        if (read.TextLayer == Pdf.PdfTextLayer.Read)
            return read.Segmentation;
        // Ingest let the page through, so its text layer is there; the geometry could not be used, the text can.
        var fromText = _segment(page.Text);
        return fromText with { Warnings = [.. fromText.Warnings, $"{read.Problem}: the page is segmented from its text instead, without regions"] };
    }

    private PrintedPage SegmentOne(PageSource page, BuildReport report)
    {
        // A scan has nothing to segment (ingest said so); its page is still shown, as its image.
        if (page.Pdf is { HasTextLayer: false })
            return new PrintedPage { Source = page with { Text = "", Pdf = page.Pdf with { Bytes = null } }, Articles = [] };
        PageSegmentation segmentation;
        try
        {
            segmentation = Cache is null ? Segment(page) : Cache(page, () => Segment(page));
        }
        catch (Exception e)
        {
            report.Error(StageName, page.File, $"segmentation failed ({e.GetType().Name}: {e.Message}); the page is kept whole as one item");
            segmentation = WholePage(page.Text);
        }
        foreach (var warning in segmentation.Warnings)
            report.Warn(StageName, page.File, warning);
        // A page the librarian corrected is settled; one the reading is unsure of is listed for review.
        var doubtful = page.CorrectionsFile is null && segmentation.Confidence is { Flagged: true } c ? c : null;
        // A reason the segmentation already warned of (a page kept whole) is not said twice.
        if (doubtful?.Reasons.Where(r => !segmentation.Warnings.Contains(r)).ToList() is { Count: > 0 } reasons)
        {
            var items = doubtful.Doubts.Count == 0 ? "" : $" (articles in doubt: {string.Join(", ", doubtful.Doubts.Select(d => d.Item).Distinct())})";
            report.Warn(StageName, page.File, $"segmentation unsure of this page: {string.Join("; ", reasons)}{items}; "
                + $"see {ReviewPage.Path} (build --review) for the corrections that would fix it");
        }
        if (page.CorrectionsFile is not null)
            segmentation = Corrected(page, segmentation, report);
        if (segmentation.Items.Count == 0)
        {
            report.Warn(StageName, page.File, "no articles recognised on this page; its text is kept whole as one item");
            segmentation = WholePage(page.Text);
        }
        else if (segmentation.Warnings.Count == 0 && segmentation.Items.All(i => i.Title is null && i.Kind == ItemKind.News))
        {
            report.Warn(StageName, page.File, segmentation.Items.Count == 1
                ? "no article titles recognised on this page; its text is kept whole as one untitled item"
                : $"no article titles recognised on this page; its text is kept as {segmentation.Items.Count} untitled items");
        }

        if (Lost(page.Text, segmentation) is { Length: > 0 } lost)
        {
            report.Warn(StageName, page.File, $"segmentation dropped {lost.Length} characters; they are kept as a leftover");
            segmentation = segmentation with { Leftovers = [.. segmentation.Leftovers, lost] };
        }
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
        // The text now lives in the articles and leftovers; every page's text held to the end of the build would
        // double the archive in memory.
        return new PrintedPage
        {
            Source = page with { Text = "", Pdf = page.Pdf is null ? null : page.Pdf with { Bytes = null } },
            Articles = articles,
            Leftovers = segmentation.Leftovers,
            Removed = segmentation.Removed,
            Size = segmentation.Size,
            Doubtful = doubtful,
            ReviewText = doubtful is not null && KeepReviewText ? page.Text : null,
        };
    }

    /// <summary>The page as one item, one paragraph per blank-line-separated block: what a reader gets when nothing better is known.</summary>
    private static PageSegmentation WholePage(string text)
    {
        var blocks = text.Split('\n')
            .Select(l => l.Trim())
            .Aggregate(new List<List<string>> { new() }, (acc, line) =>
            {
                if (line.Length == 0) { if (acc[^1].Count > 0) acc.Add([]); }
                else acc[^1].Add(line);
                return acc;
            })
            .Where(b => b.Count > 0)
            .Select(b => string.Concat(b))
            .ToList();
        return new PageSegmentation { Items = [new SegmentedItem { Kind = ItemKind.News, Paragraphs = blocks }] };
    }

    /// <summary>
    /// The page's non-space characters that appear nowhere in the segmentation (items, removed text, leftovers),
    /// in page order: the accounting every segmentation must satisfy, checked on every page of every build.
    /// </summary>
    internal static string Lost(string text, PageSegmentation segmentation)
    {
        // A count per UTF-16 unit in a table the thread keeps and clears after use: a dictionary lookup per character
        // was most of a no-change rebuild's segment stage, where every page's segmentation comes from the cache.
        var placed = _placed ??= new int[char.MaxValue + 1];
        try
        {
            ForEachPlaced(segmentation, c => placed[c]++);
            System.Text.StringBuilder? lost = null;
            foreach (var c in text)
            {
                if (IsSpace[c]) continue;
                if (placed[c] > 0) placed[c]--;
                else (lost ??= new System.Text.StringBuilder()).Append(c);
            }
            return lost?.ToString() ?? "";
        }
        finally
        {
            // Only characters of the segmentation were counted: clearing theirs clears the table.
            ForEachPlaced(segmentation, c => placed[c] = 0);
        }
    }

    [ThreadStatic] private static int[]? _placed;

    /// <summary>Whether a UTF-16 unit is white space, for every unit: the accounting asks for every character of every page.</summary>
    private static readonly bool[] IsSpace = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => char.IsWhiteSpace((char)c))];

    /// <summary>Every non-space character the segmentation placed somewhere: items, removed text, leftovers.</summary>
    private static void ForEachPlaced(PageSegmentation segmentation, Action<char> act)
    {
        void Each(string? s)
        {
            if (s is null) return;
            foreach (var c in s)
                if (!IsSpace[c])
                    act(c);
        }
        foreach (var item in segmentation.Items)
        {
            Each(item.Kicker); Each(item.Title); Each(item.Subtitle); Each(item.Dateline); Each(item.Byline);
            foreach (var list in (IReadOnlyList<string>[])[item.Reporters, item.Photographers, item.Paragraphs, item.Captions, item.Continuations, item.Credits])
                foreach (var s in list)
                    Each(s);
        }
        foreach (var removed in segmentation.Removed) Each(removed.Text);
        foreach (var leftover in segmentation.Leftovers) Each(leftover);
    }

    /// <summary>
    /// The librarian's corrections sidecar wins over the automatic segmentation; a sidecar that cannot be read
    /// is an error naming it (line and column) and the automatic segmentation stands.
    /// </summary>
    private static PageSegmentation Corrected(PageSource page, PageSegmentation segmentation, BuildReport report)
    {
        var path = page.CorrectionsFile!;
        var relative = CombineRelative(page.File, Path.GetFileName(path));
        // The input folder is the path's part before its relative name.
        var (yaml, unread) = Ingest.InputFiles.ReadText(path, path[..^relative.Length], Ingest.InputFiles.MaxSidecarBytes);
        if (yaml is null)
        {
            report.Error(StageName, relative, $"cannot read the corrections: {unread}");
            return segmentation;
        }
        var (corrections, error) = ReadCorrections.Parse(yaml);
        if (error is not null)
        {
            report.Error(StageName, relative, $"line {error.Line}, column {error.Column}: {error.Message}; the automatic segmentation is used", error.Line, error.Column);
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
