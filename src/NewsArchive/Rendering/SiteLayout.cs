namespace NewsArchive.Rendering;

/// <summary>
/// The names the site itself uses at its top level (folders and the stems of files), in one place: a paper's folder
/// must never take one of them, or its pages would overwrite the site's own. A test builds a full site and fails when
/// a top-level name is not listed here, so a new page type cannot be forgotten.
/// </summary>
public static class SiteLayout
{
    public const string Reporters = "reporters";
    public const string Photographers = "photographers";
    public const string Keywords = "keywords";
    public const string Kinds = "kinds";

    /// <summary>The page a listing folder opens on (<c>reporters/index.html</c>); no person or keyword may take its name.</summary>
    public const string ListingIndex = "index";

    public static readonly IReadOnlySet<string> TopLevelNames = new HashSet<string>(StringComparer.Ordinal)
    {
        // Folders the site writes.
        Reporters, Photographers, Keywords, Kinds, "dates", "search", "assets",
        // Stems of the files it writes at the top (index.html, sitemap.xml, sitemap-N.xml ...).
        "index", "404", "about", "stats", "search", "sitemap",
        // Names kept free for what sites like this add (feeds, APIs, tags).
        "feed", "feeds", "papers", "topics", "tags", "api",
    };
}
