using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Pictures and frames. A placed image is a picture; so is a drawn box with no text inside it (a picture's frame
/// or placeholder). A drawn box around text is a frame: what it encloses is one article.
/// A box with text over less than a fifth of it is a picture with its caption set on it, unless it is an outline holding a heading (a promo box); boxes smaller than three body lines each way are decoration (a box around a kicker) and count as neither.
/// </summary>
public static class FindPictures
{
    public sealed record Result(IReadOnlyList<PageRegion> Pictures, IReadOnlyList<PageRegion> Frames);

    public static Result Apply(IReadOnlyList<PdfShape> shapes, IReadOnlyList<PdfBlock> blocks, double bodySize)
    {
        var pictures = new List<PageRegion>();
        var frames = new List<PageRegion>();
        foreach (var shape in shapes)
        {
            var box = shape.Box;
            if (shape.Kind == PdfShapeKind.Rule || box.Width < 3 * bodySize || box.Height < 3 * bodySize)
                continue;
            var inside = blocks.Where(b => Contains(box, b.Box)).ToList();
            var crossing = blocks.Any(b => Overlaps(box, b.Box) && !Contains(box, b.Box) && !Contains(b.Box, box));
            // Text over a fifth of the box makes it a frame around text; less is a caption or title set on a picture.
            var textArea = inside.Sum(b => b.Box.Width * b.Box.Height);
            // An outline round text with a heading in it (a promo box: headlines and page references, mostly white) is a frame however little text it holds.
            var outlinedHeading = shape.Outline && !crossing && inside.Any(b => b.Size >= 1.1 * bodySize)
                && !shapes.Any(s => s.Kind == PdfShapeKind.Picture && Contains(box, s.Box));
            if (shape.Kind == PdfShapeKind.Picture || textArea < 0.2 * box.Width * box.Height && !outlinedHeading)
                pictures.Add(box);
            else if (inside.Count >= 1 && !crossing)
                frames.Add(box);
        }
        // A picture drawn twice (an image in its frame) counts once.
        var distinct = pictures.Where((p, i) => !pictures.Take(i).Any(q => Contains(Grow(q, bodySize), p))).ToList();
        return new Result(distinct.Where(p => !distinct.Any(q => !ReferenceEquals(p, q) && Contains(Grow(q, bodySize), p) && q.Width * q.Height > p.Width * p.Height)).ToList(), frames);
    }

    public static bool Contains(PageRegion outer, PageRegion inner) =>
        inner.Left >= outer.Left - 1 && inner.Right <= outer.Right + 1 && inner.Top >= outer.Top - 1 && inner.Bottom <= outer.Bottom + 1;

    public static bool Overlaps(PageRegion a, PageRegion b) =>
        Math.Min(a.Right, b.Right) > Math.Max(a.Left, b.Left) && Math.Min(a.Bottom, b.Bottom) > Math.Max(a.Top, b.Top);

    private static PageRegion Grow(PageRegion r, double by) => new(r.Left - by, r.Top - by, r.Width + 2 * by, r.Height + 2 * by);
}
