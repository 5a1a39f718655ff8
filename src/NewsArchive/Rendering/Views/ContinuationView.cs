namespace NewsArchive.Rendering.Views;

/// <summary>A printed jump note (（下转第4版）) and where it leads in this issue, when that page is in the archive.</summary>
public sealed record ContinuationView(string Text, string? Url, int? Page);
