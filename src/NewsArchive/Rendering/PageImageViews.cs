using System.Globalization;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.PageImages;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// What the site shows of a printed page's image: the page with its articles' places as links, each article's place on
/// a thumbnail, and the two image files beside the page's HTML. Places are percentages of the page, so they stay on
/// their articles at any width the image is drawn.
/// </summary>
internal sealed class PageImageViews(IReadOnlyDictionary<string, PageImage> images)
{
    public const string LargeName = "page.jpg";
    public const string SmallName = "page-small.jpg";

    /// <summary>The page's image with each article that has a place on it as a link named by its title; null without an image.</summary>
    public PageImageView? ForPage(PrintedPage page, IReadOnlyDictionary<string, ArticleLinkView> links)
    {
        if (!images.TryGetValue(page.Url, out var image))
            return null;
        var regions = page.Articles
            .Select(a => new RegionLinkView(links[a.Id].Url, links[a.Id].Title, a.Position, Boxes(page, a)))
            .Where(r => r.Boxes.Count > 0)
            // SVG paints later links over earlier ones: the biggest first, so an article drawn inside another's frame
            // (a picture, a box) stays on top and clickable.
            .OrderByDescending(r => r.Boxes.Sum(b => double.Parse(b.Width, CultureInfo.InvariantCulture) * double.Parse(b.Height, CultureInfo.InvariantCulture)))
            .ThenBy(r => r.Position)
            .ToList();
        return new PageImageView(FileUrl(page, LargeName), image.Large.Width, image.Large.Height, regions);
    }

    /// <summary>The thumbnail of the article's page with its boxes marked; null when the page has no image or the article no place.</summary>
    public PagePlaceView? ForArticle(PrintedPage page, Article article)
    {
        if (!images.TryGetValue(page.Url, out var image))
            return null;
        var boxes = Boxes(page, article);
        return boxes.Count == 0 ? null : new PagePlaceView(FileUrl(page, SmallName), image.Small.Width, image.Small.Height, "/" + page.Url, boxes);
    }

    /// <summary>The page's two images, copied from the cache into the site beside the page's index.html.</summary>
    public IEnumerable<Func<SiteFile>> Files(PrintedPage page)
    {
        if (!images.TryGetValue(page.Url, out var image))
            yield break;
        yield return () => new SiteFile(FileUrl(page, LargeName).TrimStart('/'), File.ReadAllBytes(image.Large.Path));
        yield return () => new SiteFile(FileUrl(page, SmallName).TrimStart('/'), File.ReadAllBytes(image.Small.Path));
    }

    private static string FileUrl(PrintedPage page, string name) => "/" + page.Url[..(page.Url.LastIndexOf('/') + 1)] + name;

    private static List<BoxView> Boxes(PrintedPage page, Article article)
    {
        if (page.Size is not { Width: > 0, Height: > 0 } size)
            return [];
        return [.. article.Item.Regions
            .Select(r => Clip(r, size))
            .Where(r => r.Width > 0 && r.Height > 0)
            .Select(r => new BoxView(Percent(r.Left / size.Width), Percent(r.Top / size.Height), Percent(r.Width / size.Width), Percent(r.Height / size.Height)))];
    }

    /// <summary>A region on the page (a bleed picture can reach past its edge), so no link covers what is not the page.</summary>
    private static PageRegion Clip(PageRegion r, PageSize size)
    {
        var left = Math.Clamp(r.Left, 0, size.Width);
        var top = Math.Clamp(r.Top, 0, size.Height);
        return new PageRegion(left, top, Math.Clamp(r.Right, 0, size.Width) - left, Math.Clamp(r.Bottom, 0, size.Height) - top);
    }

    private static string Percent(double share) => (share * 100).ToString("0.###", CultureInfo.InvariantCulture);
}
