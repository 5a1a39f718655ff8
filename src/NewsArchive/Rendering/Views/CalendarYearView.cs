namespace NewsArchive.Rendering.Views;

/// <summary>A paper's year: twelve month grids linking to its issues.</summary>
public sealed record CalendarYearView(PaperView Paper, int Year, int IssueCount, IReadOnlyList<CalendarMonthView> Months, string? PreviousUrl, string? NextUrl);
