namespace NewsArchive.Rendering.Views;

/// <summary>What every page gets: the papers, the counts and where the site is served from.</summary>
public sealed record SiteView(string? BaseUrl, IReadOnlyList<PaperView> Papers)
{
    /// <summary>True when the theme has a search page; the header's search box only appears then.</summary>
    public bool HasSearch { get; init; }
    public int ArticleCount { get; init; }
    public int IssueCount { get; init; }

    /// <summary>The base URL without its trailing slash, so templates write base + "/path".</summary>
    public string? Base => BaseUrl?.TrimEnd('/');
}
