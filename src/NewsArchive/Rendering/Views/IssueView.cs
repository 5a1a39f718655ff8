namespace NewsArchive.Rendering.Views;

/// <summary>One day's issue of one paper.</summary>
public sealed record IssueView(string Url, PaperView Paper, string Date, string DateZh, string DateEn, IReadOnlyList<PrintedPageView> Pages, int ArticleCount)
{
    public string Year => Date[..4];

    /// <summary>The year calendar of the paper, opened at this issue's month.</summary>
    public string CalendarUrl => $"/{Paper.Slug}/{Year}/index.html#m{Date[5..7]}";
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }
}
