namespace NewsArchive.Output;

/// <summary>One file of the built site. Path is relative to the site root, with forward slashes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// The render cache's key of what this file was rendered from (template set and view model); null for files
    /// that are not rendered from templates.
    /// </summary>
    public string? CacheKey { get; init; }

    /// <summary>
    /// True when the render cache found this exact file already on disk: it has no content and needs no
    /// post-processing or writing, only to be counted as produced.
    /// </summary>
    public bool Unchanged { get; init; }
}
