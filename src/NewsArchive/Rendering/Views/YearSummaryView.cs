namespace NewsArchive.Rendering.Views;

/// <summary>A year of a paper in the date index: how many issues each month has.</summary>
public sealed record YearSummaryView(int Year, string Url, int IssueCount, IReadOnlyList<MonthSummaryView> Months);
