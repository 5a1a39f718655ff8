using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Bands (between rules across most of the page) whose titles stand at the foot of their articles: the band's
/// body text starts well above its first heading. There a heading governs the columns over it, not under it.
/// </summary>
public sealed class FootBands
{
    private readonly List<double> _cuts;
    private readonly HashSet<int> _foot;
    private readonly HashSet<PageRegion> _footHeadings;

    private FootBands(List<double> cuts, HashSet<int> foot, HashSet<PageRegion>? footHeadings = null)
    {
        _cuts = cuts;
        _foot = foot;
        _footHeadings = footHeadings ?? [];
    }

    public static FootBands Of(List<ArticleDraft> headed, IReadOnlyList<PdfBlock> blocks, IReadOnlyList<PdfShape> shapes, BodyMeasure body, PageSize page)
    {
        var cuts = shapes.Where(s => s.Kind == PdfShapeKind.Rule && s.Box.Width >= 0.6 * page.Width).Select(s => s.Box.Top).Order().ToList();
        var bands = new FootBands(cuts, []);
        var foot = new HashSet<int>();
        foreach (var band in blocks.Where(b => b.Lines.Count >= 3 && body.Tier(b) == TypeTier.Body).GroupBy(b => bands.Band(b.Box)))
        {
            var headings = headed.Where(a => a.MinorTitle == false && bands.Band(a.Heading) == band.Key).ToList();
            if (headings.Count == 0)
                continue;
            if (band.Min(b => b.Top) < headings.Min(a => a.Heading.Top) - 2 * body.Size)
                foot.Add(band.Key);
        }
        // In a band of head titles, a title may still stand at the foot of its own article (stacked articles).
        var footHeadings = headed.Where(a => !foot.Contains(bands.Band(a.Heading)) && StandsAtFoot(a, blocks, body)).Select(a => a.Heading).ToHashSet();
        return new FootBands(cuts, foot, footHeadings);
    }

    /// <summary>
    /// A headline with body columns ending right over it and no text right under it (a rule, the band's end or
    /// another heading instead) closes the article over it: it is that article's foot title.
    /// </summary>
    private static bool StandsAtFoot(ArticleDraft article, IReadOnlyList<PdfBlock> blocks, BodyMeasure body)
    {
        var h = article.Heading;
        if (article.MinorTitle || article.Titles.Count == 0 || article.Titles[0].Vertical)
            return false;
        bool Across(PageRegion b) => Math.Min(b.Right, h.Right) - Math.Max(b.Left, h.Left) > body.Size;
        var bodyBlocks = blocks.Where(b => b.Lines.Count >= 3 && body.Tier(b) == TypeTier.Body && Across(b.Box)).ToList();
        var over = bodyBlocks.Any(b => h.Top - b.Bottom is var gap && gap >= -0.2 * body.Size && gap <= 1.5 * body.Size);
        var under = blocks.Any(b => Across(b.Box) && b.Top - h.Bottom is var gap && gap >= -0.2 * body.Size && gap <= 3 * body.Size);
        return over && !under;
    }

    private int Band(PageRegion r) => _cuts.Count(c => c < r.Top + r.Height / 2);

    public bool IsFoot(PageRegion heading) => _foot.Contains(Band(heading)) || _footHeadings.Contains(heading);

    /// <summary>How far the piece lies from the heading in the direction the heading governs.</summary>
    public double Gap(PageRegion heading, PageRegion piece) => IsFoot(heading) ? heading.Top - piece.Bottom : piece.Top - heading.Bottom;

    /// <summary>The piece stands on the side of the heading the heading does not govern.</summary>
    public bool Behind(PageRegion heading, PageRegion piece, double bodySize) =>
        IsFoot(heading) ? heading.Bottom < piece.Top - bodySize : heading.Top > piece.Bottom + bodySize;
}
