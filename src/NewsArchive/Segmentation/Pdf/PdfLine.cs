using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// One printed line: its glyphs in reading order, its text (a space only where the print leaves a visible word
/// space), its box and its type size. A vertical line reads top to bottom.
/// </summary>
public sealed record PdfLine(string Text, PageRegion Box, double Size, IReadOnlyList<PdfGlyph> Glyphs, bool Vertical = false)
{
    public double Left => Box.Left;
    public double Top => Box.Top;
    public double Right => Box.Right;
    public double Bottom => Box.Bottom;
    public double CenterX => Box.Left + Box.Width / 2;

    /// <summary>The font that sets most of the line's glyphs.</summary>
    public string Font { get; } = Glyphs.GroupBy(g => g.Font, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "";

    /// <summary>The line's characters without any space.</summary>
    public string Compact => string.Concat(Glyphs.Select(g => g.Text));

    public static PageRegion Bounds(IEnumerable<PdfGlyph> glyphs)
    {
        double l = double.MaxValue, t = double.MaxValue, r = double.MinValue, b = double.MinValue;
        foreach (var g in glyphs)
        {
            l = Math.Min(l, g.Left);
            t = Math.Min(t, g.Top);
            r = Math.Max(r, g.Right);
            b = Math.Max(b, g.Bottom);
        }
        return new PageRegion(l, t, r - l, b - t);
    }

    public static PageRegion Union(IEnumerable<PageRegion> boxes)
    {
        double l = double.MaxValue, t = double.MaxValue, r = double.MinValue, b = double.MinValue;
        foreach (var x in boxes)
        {
            l = Math.Min(l, x.Left);
            t = Math.Min(t, x.Top);
            r = Math.Max(r, x.Right);
            b = Math.Max(b, x.Bottom);
        }
        return new PageRegion(l, t, r - l, b - t);
    }
}
