namespace NewsArchive.Rendering.Views;

/// <summary>Where a long listing continues.</summary>
public sealed record PagerView(int Page, int Pages, string? PreviousUrl, string? NextUrl);
