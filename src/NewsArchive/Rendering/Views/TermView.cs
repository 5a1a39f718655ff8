namespace NewsArchive.Rendering.Views;

/// <summary>A reporter, photographer or keyword with the page listing its articles.</summary>
public sealed record TermView(string Name, string Url, int Count);
