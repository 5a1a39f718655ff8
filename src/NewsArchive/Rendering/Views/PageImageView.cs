namespace NewsArchive.Rendering.Views;

/// <summary>
/// A printed page's image with each article's place on it as a link. Boxes are percentages of the page, so they scale
/// with the image at any width.
/// </summary>
public sealed record PageImageView(string Url, int Width, int Height, IReadOnlyList<RegionLinkView> Regions);

/// <summary>
/// Where one article sits on the printed page: one or more boxes (an article can run round a picture or across columns).
/// <paramref name="Position"/> names the link when the article has nothing to show as a title.
/// </summary>
public sealed record RegionLinkView(string Url, string Title, int Position, IReadOnlyList<BoxView> Boxes);

/// <summary>A box as percentages of the page's width and height from its top left corner, written with invariant culture.</summary>
public sealed record BoxView(string X, string Y, string Width, string Height);

/// <summary>The article page's thumbnail of its printed page, with the article's boxes marked.</summary>
public sealed record PagePlaceView(string ImageUrl, int Width, int Height, string PageUrl, IReadOnlyList<BoxView> Boxes);
