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

    private FootBands(List<double> cuts, HashSet<int> foot)
    {
        _cuts = cuts;
        _foot = foot;
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
        return new FootBands(cuts, foot);
    }

    private int Band(PageRegion r) => _cuts.Count(c => c < r.Top + r.Height / 2);

    public bool IsFoot(PageRegion heading) => _foot.Contains(Band(heading));

    /// <summary>How far the piece lies from the heading in the direction the heading governs.</summary>
    public double Gap(PageRegion heading, PageRegion piece) => IsFoot(heading) ? heading.Top - piece.Bottom : piece.Top - heading.Bottom;

    /// <summary>The piece stands on the side of the heading the heading does not govern.</summary>
    public bool Behind(PageRegion heading, PageRegion piece, double bodySize) =>
        IsFoot(heading) ? heading.Bottom < piece.Top - bodySize : heading.Top > piece.Bottom + bodySize;
}
