namespace NewsArchive.Rendering.Views;

/// <summary>
/// Another site of the same archive (README, "When an archive outgrows one site"): its name and its root, as a
/// URL relative to this site's root ("../news-1990s/") or absolute. The About page links to it, and the search page
/// runs each query on its exported index too, by that URL, and links to its results.
/// </summary>
public sealed record SiblingView(string Name, string Url)
{
    /// <summary>A sibling from "NAME=URL" or "URL" (then named by its last folder); the URL gets its trailing slash.</summary>
    public static SiblingView Parse(string spec)
    {
        if (Problem(spec) is { } problem)
            throw new ArgumentException(problem, nameof(spec));
        var cut = NameEnd(spec);
        var url = (cut < 0 ? spec : spec[(cut + 1)..]).Trim();
        if (!url.EndsWith('/'))
            url += "/";
        var name = cut < 0 ? url.TrimEnd('/').Split('/')[^1] : spec[..cut].Trim();
        return new SiblingView(name, url);
    }

    /// <summary>Where NAME ends in "NAME=URL": the first '=' before any '/', '?' or ':' (a URL's own '=' is no name's end).</summary>
    private static int NameEnd(string spec)
    {
        var cut = spec.IndexOf('=', StringComparison.Ordinal);
        return cut >= 0 && spec.AsSpan(0, cut).IndexOfAny('/', '?', ':') < 0 ? cut : -1;
    }

    /// <summary>Why a --sibling value cannot be used, or null.</summary>
    public static string? Problem(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
            return "--sibling needs a URL, as NAME=URL or URL (for example 1990s=../news-1990s/)";
        var cut = NameEnd(spec);
        var url = (cut < 0 ? spec : spec[(cut + 1)..]).Trim();
        if (cut == 0 || url.Length == 0)
            return $"--sibling '{spec}': give NAME=URL or URL";
        if (url.IndexOfAny(['?', '#', '"', '<', '>', '\\', ' ']) >= 0)
            return $"--sibling '{spec}': the URL must be a folder, without query, fragment, spaces or quotes";
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
            return absolute.Scheme is "http" or "https" ? null : $"--sibling '{spec}': only http, https or relative URLs";
        // Relative to this site's root: a site-root path ("/x") would mean this site's own folder on a project page.
        return url.StartsWith('/') || url.Contains(':', StringComparison.Ordinal)
            ? $"--sibling '{spec}': give the other site's root relative to this one (../news-1990s/) or as an absolute http(s) URL"
            : url.TrimEnd('/').Split('/')[^1] is "." or ".." or "" ? $"--sibling '{spec}': the URL must end in the other site's folder name" : null;
    }
}
