namespace NewsArchive.Rendering.Views;

/// <summary>
/// A reporter, photographer or keyword as an article page names it, with the page listing its articles (a keyword of
/// one article has none). No article count: a new article elsewhere must not change, and so re-render, every page
/// that names the same reporter or keyword.
/// </summary>
public sealed record TagView(string Name, string? Url);
