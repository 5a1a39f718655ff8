using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// A picture's caption is the text touching it: a block inside the picture or starting within about an em under
/// it (above it when nothing is under), set apart from the body by its font or size, or as wide as the picture. A ■ credit or a
/// "… 摄" line right under the caption (or the picture) is the picture's credit.
/// </summary>
public static class AttachCaptions
{
    public static List<PictureUnit> Apply(IReadOnlyList<PageRegion> pictures, IReadOnlyList<PdfBlock> blocks, BodyMeasure body, HashSet<PdfBlock> used)
    {
        var units = new List<PictureUnit>();
        foreach (var picture in pictures.OrderBy(p => p.Top).ThenBy(p => p.Left))
        {
            var captions = new List<PdfBlock>();
            var credits = new List<PdfBlock>();
            var bottom = picture.Bottom;
            // Caption lines and the credit under them chain downwards: each touches the one before.
            while (blocks.Where(b => !used.Contains(b) && Touches(picture, b, bottom, body) && (credits.Count == 0 || IsCredit(b.Text)))
                       .OrderBy(b => b.Top).FirstOrDefault() is { } b)
            {
                if (IsCredit(b.Text))
                    credits.Add(b);
                else
                    captions.Add(b);
                used.Add(b);
                bottom = Math.Max(bottom, b.Bottom);
            }
            if (captions.Count == 0 && credits.Count == 0)
            {
                var above = blocks.Where(b => !used.Contains(b) && LooksLikeCaption(b, body) && picture.Top - b.Bottom is var gap
                    && gap >= -0.5 * b.Size && gap <= 1.2 * b.Size && HorizontalOverlap(picture, b) > 0.5 * b.Box.Width).ToList();
                captions.AddRange(above);
                foreach (var b in above)
                    used.Add(b);
            }
            units.Add(new PictureUnit(picture, captions, credits));
        }
        return units;
    }

    public static bool IsCredit(string text)
    {
        var t = text.Trim();
        return t.StartsWith('■') || ClassifyLine.IsPlainPictureCredit(t);
    }

    private static bool Touches(PageRegion picture, PdfBlock b, double bottom, BodyMeasure body)
    {
        if (FindPictures.Contains(picture, b.Box))
            return true;
        var gap = b.Top - bottom;
        if (gap < -0.5 * b.Size || gap > 1.5 * b.Size || HorizontalOverlap(picture, b) < 0.5 * b.Box.Width)
            return false;
        return IsCredit(b.Text) || LooksLikeCaption(b, body) || Math.Abs(b.Box.Width - picture.Width) < 1.5 * b.Size && Math.Abs(b.Left - picture.Left) < 1.5 * b.Size;
    }

    /// <summary>Caption type differs from the body's (another font or size), or the text is short beside the picture.</summary>
    private static bool LooksLikeCaption(PdfBlock b, BodyMeasure body) =>
        !string.Equals(b.Font, body.Font, StringComparison.Ordinal) || body.Tier(b) != TypeTier.Body || b.Lines.Count <= 2 && b.Box.Width < 0.9 * body.ColumnWidth;

    private static double HorizontalOverlap(PageRegion a, PdfBlock b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
}
