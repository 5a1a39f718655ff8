using NewsArchive.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// The one place that talks to PdfPig: a page's glyphs (em boxes, point sizes, font names), its pictures and the
/// rules and boxes its paths draw, all turned to points from the page's top-left corner.
/// </summary>
public static class ReadPdfPage
{
    /// <summary>How high the em box rises above the baseline, as a share of the point size (CJK fonts: 0.88).</summary>
    private const double Ascent = 0.88;

    public static PdfPageContent Read(Page page)
    {
        var media = page.MediaBox.Bounds;
        var height = media.Height;
        double X(double x) => x - media.Left;
        double Y(double y) => media.Top - y;
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.Value.Length == 0 || (letter.Value.Length == 1 && char.IsWhiteSpace(letter.Value[0])))
                continue;
            var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
            var vertical = letter.TextOrientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;
            var start = letter.StartBaseLine;
            var end = letter.EndBaseLine;
            var advance = vertical ? Math.Abs(end.Y - start.Y) : Math.Abs(end.X - start.X);
            if (advance <= 0)
                advance = vertical ? letter.BoundingBox.Height : letter.BoundingBox.Width;
            if (vertical)
            {
                // A glyph turned a quarter: its em box stands across the baseline, which runs down the page.
                var top = Y(Math.Max(start.Y, end.Y));
                glyphs.Add(new PdfGlyph(letter.Value, X(Math.Min(start.X, end.X)) - size / 2, top, size, advance, letter.FontName ?? "", Vertical: true));
                continue;
            }
            glyphs.Add(new PdfGlyph(letter.Value, X(Math.Min(start.X, end.X)), Y(start.Y) - Ascent * size, advance, size, letter.FontName ?? ""));
        }
        var shapes = new List<PdfShape>();
        foreach (var image in page.GetImages())
        {
            var b = image.BoundingBox;
            shapes.Add(new PdfShape(new PageRegion(X(b.Left), Y(b.Top), b.Width, b.Height), PdfShapeKind.Picture));
        }
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked))
                continue;
            if (path.GetBoundingRectangle() is not { } r)
                continue;
            var box = new PageRegion(X(r.Left), Y(r.Top), r.Width, r.Height);
            // A filled rectangle over nearly the whole page is its paper colour, not a frame.
            if (box.Width * box.Height > 0.8 * media.Width * height)
                continue;
            shapes.Add(new PdfShape(box, Kind(box), Outline: path.IsStroked && !path.IsFilled));
        }
        return new PdfPageContent(new Model.PageSize(media.Width, height), glyphs, shapes);
    }

    /// <summary>A line is long and thin: its thickness under a fiftieth of its length.</summary>
    private static PdfShapeKind Kind(PageRegion box)
    {
        var thin = Math.Min(box.Width, box.Height);
        var length = Math.Max(box.Width, box.Height);
        return thin <= length / 50 ? PdfShapeKind.Rule : PdfShapeKind.Box;
    }

    /// <summary>A PDF starts with <c>%PDF-</c> within its first kilobyte, whatever its name.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static PdfDocument Open(ReadOnlyMemory<byte> pdf) =>
        PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
}
