namespace NewsArchive.Rendering.Views;

/// <summary>Where a long listing continues: the page of newer articles and the page of older ones.</summary>
public sealed record PagerView(string? NewerUrl, string? OlderUrl);
