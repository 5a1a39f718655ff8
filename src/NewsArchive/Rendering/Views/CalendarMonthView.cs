namespace NewsArchive.Rendering.Views;

/// <summary>A month grid (weeks start on Monday, as Chinese calendars print them).</summary>
public sealed record CalendarMonthView(int Month, string Id, string NameZh, string NameEn, int IssueCount, IReadOnlyList<IReadOnlyList<CalendarDayView>> Weeks);
