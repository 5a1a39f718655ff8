namespace NewsArchive.Rendering.Views;

/// <summary>A reporter, photographer, keyword or kind in an index of them: the page listing its articles, and how many.</summary>
public sealed record TermView(string Name, string Url, int Count);
