namespace NewsArchive.Rendering;

/// <summary>One file of the built site. Path is relative to the site root, with forward slashes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
