namespace NewsArchive.Rendering.Views;

/// <summary>One printed page of an issue with its articles in reading order.</summary>
public sealed record PrintedPageView(string Url, int Number, string? Name, IReadOnlyList<ArticleLinkView> Articles, IReadOnlyList<string> Leftovers)
{
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }

    /// <summary>The page's image with its articles' places as links; null for a page read from text (or built with --page-images off).</summary>
    public PageImageView? Image { get; init; }
}
