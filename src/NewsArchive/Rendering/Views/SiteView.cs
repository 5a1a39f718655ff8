namespace NewsArchive.Rendering.Views;

/// <summary>
/// What every page gets: the papers and where the site is served from. Nothing here may change when an issue is
/// added (the archive's totals are the stats page's <see cref="TotalsView"/>): every page's render-cache key
/// includes this view, so a count here would re-render the whole site for one new issue.
/// </summary>
public sealed record SiteView(string? BaseUrl, IReadOnlyList<PaperView> Papers)
{
    /// <summary>True when the theme has a search page; the header's search box only appears then.</summary>
    public bool HasSearch { get; init; }

    /// <summary>The base URL without its trailing slash, so templates write base + "/path".</summary>
    public string? Base => BaseUrl?.TrimEnd('/');
}
