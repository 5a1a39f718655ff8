namespace NewsArchive.Rendering.Views;

/// <summary>
/// What every page gets: the papers and where the site is served from. Nothing here changes when an article is
/// added (no counts), so an incremental build does not re-render every page for one new article.
/// </summary>
public sealed record SiteView(string? BaseUrl, IReadOnlyList<PaperView> Papers)
{
    /// <summary>True when the theme has a search page; the header's search box only appears then.</summary>
    public bool HasSearch { get; init; }

    /// <summary>The archive's other sites, when it is split into several (--sibling); empty for an archive in one site.</summary>
    public IReadOnlyList<SiblingView> Siblings { get; init; } = [];

    /// <summary>The base URL without its trailing slash, so templates write base + "/path".</summary>
    public string? Base => BaseUrl?.TrimEnd('/');
}
