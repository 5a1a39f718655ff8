namespace NewsArchive.Rendering.Views;

/// <summary>A month cell of the date index; Url is null when the paper has no issue that month.</summary>
public sealed record MonthSummaryView(int Month, string? Url, int IssueCount);
