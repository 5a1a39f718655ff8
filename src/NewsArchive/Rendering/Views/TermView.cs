namespace NewsArchive.Rendering.Views;

/// <summary>A reporter, photographer or keyword with the page listing its articles (a keyword of one article may have none).</summary>
public sealed record TermView(string Name, string? Url, int Count);
