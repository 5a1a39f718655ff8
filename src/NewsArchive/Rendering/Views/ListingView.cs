namespace NewsArchive.Rendering.Views;

/// <summary>
/// One page of a long list of articles (a reporter's, a keyword's, a kind's), newest first. The first page says how
/// many articles the list holds; an older page says only what it holds itself, so it stays as it is while the list grows.
/// </summary>
public sealed record ListingView(LabelView Heading, string Name, int? Total, IReadOnlyList<ArticleLinkView> Articles, PagerView Pager)
{
    /// <summary>The index page this listing belongs to (all reporters, all keywords ...).</summary>
    public required string ParentUrl { get; init; }
    public required LabelView Parent { get; init; }
}
