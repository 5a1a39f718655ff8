using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// A brief column (简讯, 短讯, 快讯 under its own heading) runs down from its heading over the heading's column until
/// the band ends (a rule across the page) or a headline heads an article of its own there: every article in
/// it is a brief, however far down the stack, not only the first under the heading.
/// </summary>
public static class FindBriefColumns
{
    public static bool IsUnder(ArticleDraft article, IReadOnlyList<PageRegion> briefHeadings, IReadOnlyList<ArticleDraft> all,
        IReadOnlyList<PdfShape> shapes, BodyMeasure body, PageSize page)
    {
        var e = article.Extent;
        foreach (var h in briefHeadings)
        {
            // The first article right under the heading, whatever it holds.
            if (h.Bottom <= e.Top + body.Size && e.Top - h.Bottom < 8 * body.Size)
                return true;
            if (e.Top < h.Bottom - body.Size || Overlap(e, h) <= body.Size)
                continue;
            var cut = shapes.Any(s => s.Kind == PdfShapeKind.Rule && s.Box.Width >= 0.6 * page.Width && s.Box.Top > h.Bottom && s.Box.Bottom < e.Top);
            var headline = all.Any(a => a != article && !a.MinorTitle && a.Titles.Count > 0 && a.Heading.Top > h.Bottom && a.Heading.Bottom <= e.Top + body.Size
                && Overlap(a.Heading, e) > body.Size);
            if (!cut && !headline)
                return true;
        }
        return false;
    }

    private static double Overlap(PageRegion a, PageRegion b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
}
