using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// One glyph of a PDF page's text layer, in points from the page's top-left corner. The box is the glyph's em box
/// (advance by point size), not its ink, so a CJK glyph and a comma of one line share top and bottom.
/// </summary>
public sealed record PdfGlyph(string Text, double Left, double Top, double Width, double Size, string Font, bool Vertical = false)
{
    public double Right => Left + Width;
    public double Bottom => Top + Size;
    public double CenterX => Left + Width / 2;
    public double CenterY => Top + Size / 2;
}

/// <summary>
/// A rectangle drawn on the page: a rule (thin), a box (stroked frame) or a picture. <paramref name="Outline"/>: a
/// box only stroked, not filled (a frame's outline, never a picture's area of colour).
/// </summary>
public sealed record PdfShape(PageRegion Box, PdfShapeKind Kind, bool Outline = false);

public enum PdfShapeKind
{
    /// <summary>A horizontal or vertical line (or a filled bar no thicker than a line of text's stroke).</summary>
    Rule,

    /// <summary>A stroked or filled frame enclosing an area.</summary>
    Box,

    /// <summary>An image placed on the page.</summary>
    Picture,
}

/// <summary>What PdfPig read from one page: its size, its glyphs in content order, its shapes.</summary>
public sealed record PdfPageContent(PageSize Size, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfShape> Shapes);
