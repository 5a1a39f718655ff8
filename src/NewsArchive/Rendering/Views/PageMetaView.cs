namespace NewsArchive.Rendering.Views;

/// <summary>What the head of a page needs: its title, where it lives, and what it tells search engines and link previews.</summary>
public sealed record PageMetaView
{
    public required string TitleZh { get; init; }
    public string? TitleEn { get; init; }

    /// <summary>Site-root path of the page ("/paper/2022/12/17/index.html").</summary>
    public required string Path { get; init; }

    /// <summary>Absolute when the build has a base URL, else the site-root path (made relative later).</summary>
    public required string Canonical { get; init; }
    public string? Description { get; init; }
    public string OgType { get; init; } = "website";

    /// <summary>schema.org JSON-LD, already serialized with every HTML-sensitive character escaped.</summary>
    public string? JsonLd { get; init; }

    /// <summary>The page is the GitHub Pages 404 page, served at any missing path: its links resolve from the base URL.</summary>
    public bool IsNotFound { get; init; }

    /// <summary>Which entry of the main navigation the page belongs to ("home", "dates", ...).</summary>
    public string Section { get; init; } = "";
    public string? FeedUrl { get; init; }

    /// <summary>The paper a page belongs to (its slug): its head and footer then name that paper's feed only, not every paper's.</summary>
    public string? Paper { get; init; }
    public string? FeedTitle { get; init; }
}
