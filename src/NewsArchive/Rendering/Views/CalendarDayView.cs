namespace NewsArchive.Rendering.Views;

/// <summary>One cell of a month grid: 0 is an empty cell before the 1st or after the last day.</summary>
public sealed record CalendarDayView(int Day, string? Url, string? Label);
