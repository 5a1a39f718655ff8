using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// The page's reading order of articles: the page is cut into bands by rules across most of its width, read top
/// to bottom; within a band, stacks of articles sharing columns are read left to right, each top to bottom.
/// </summary>
public static class OrderArticles
{
    public static List<ArticleDraft> Apply(List<ArticleDraft> articles, IReadOnlyList<PdfShape> shapes, PageSize page)
    {
        var cuts = shapes.Where(s => s.Kind == PdfShapeKind.Rule && s.Box.Width >= 0.6 * page.Width).Select(s => s.Box.Top).Order().ToList();
        int Band(ArticleDraft a) => cuts.Count(c => c < a.Extent.Top + a.Extent.Height / 2);
        return articles.GroupBy(Band).OrderBy(g => g.Key).SelectMany(g => OrderColumns.Apply(g, a => a.Extent)).ToList();
    }
}
