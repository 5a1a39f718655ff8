namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// A feature's subheads (小标题) are set at the body's own size in the headline font (a brief's title is set
/// a step larger), inside a running column: the
/// column's text stands right over them and right under them at the column's measure. They divide one article
/// and open none; a heading that opens an article stands over its own body, with the column above it ended.
/// </summary>
public static class FeatureSubheads
{
    /// <summary>The body-size heading <paramref name="b"/> stands between two paragraphs of one running column.</summary>
    public static bool InsideColumn(PdfBlock b, IReadOnlyList<PdfBlock> blocks, BodyMeasure body)
    {
        if (Math.Abs(body.Ratio(b) - 1) > 0.03 || b.Lines.Count != 1)
            return false;
        bool SameColumn(PdfBlock o) => o != b && body.Tier(o) == TypeTier.Body && !o.Vertical
            && o.Lines.Count >= 2 && o.Box.Width >= b.Box.Width
            && (Math.Abs(o.Left - b.Left) <= b.Size || Math.Abs(o.Left + o.Right - b.Left - b.Right) <= 2 * b.Size);
        var above = blocks.Any(o => SameColumn(o) && b.Top - o.Bottom is var gap && gap >= -0.2 * b.Size && gap <= 1.5 * b.Size);
        var below = blocks.Any(o => SameColumn(o) && o.Top - b.Bottom is var gap && gap >= -0.2 * b.Size && gap <= 1.5 * b.Size
            && !ArticleOpening.Opens(o));
        return above && below;
    }
}
