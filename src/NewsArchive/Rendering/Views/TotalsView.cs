namespace NewsArchive.Rendering.Views;

/// <summary>The archive's totals, for the stats page only (see <see cref="SiteView"/> for why not every page).</summary>
public sealed record TotalsView(int IssueCount, int ArticleCount);
