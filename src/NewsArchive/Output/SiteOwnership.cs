namespace NewsArchive.Output;

/// <summary>
/// What a site folder's files belong to. A build deletes only files an earlier build wrote, so the site keeps a
/// manifest of them (<see cref="FileName"/>, hidden, at its top), moved in by the same journaled commit as the files
/// themselves. A file a person or another tool put in the site (a CNAME, a .git) is never in it and never deleted.
/// </summary>
public static class SiteOwnership
{
    public const string FileName = ".newsarchive-site";

    private const string Magic = "newsarchive-site 1";

    /// <summary>The manifest's text for a site made of these files (relative, forward slashes).</summary>
    public static string Manifest(IEnumerable<string> files) =>
        string.Join('\n', [Magic, .. files.Where(f => f != FileName).Order(StringComparer.Ordinal)]) + "\n";

    /// <summary>The files the site's manifest says a build wrote, or null when there is no (readable) manifest.</summary>
    public static HashSet<string>? Owned(string output)
    {
        var path = Path.Combine(output, FileName);
        try
        {
            if (!File.Exists(path))
                return null;
            var lines = File.ReadAllLines(path);
            return lines.Length > 0 && lines[0] == Magic ? lines.Skip(1).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// A site an earlier version of this tool built, before sites kept a manifest: it has the pages and folders every
    /// build writes at its top (the home, search and not-found pages, the search index and the theme's assets).
    /// </summary>
    public static bool LooksLikeEarlierSite(string output) =>
        File.Exists(Path.Combine(output, "index.html")) && File.Exists(Path.Combine(output, "search.html")) && File.Exists(Path.Combine(output, "404.html"))
        && Directory.Exists(Path.Combine(output, "search")) && Directory.Exists(Path.Combine(output, "assets"));

    /// <summary>
    /// The files of an earlier version's site this build may delete: those inside the top-level folders this build
    /// writes too (paper folders, search/, assets/ ...). A top-level file the build does not write, or a folder of
    /// someone else's, is left alone, since nothing says who made it.
    /// </summary>
    public static HashSet<string> OwnedByEarlierSite(string output, IEnumerable<string> produced)
    {
        var folders = produced.Select(p => p.IndexOf('/') is var slash and > 0 ? p[..slash] : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f.IndexOf('/') is var slash and > 0 && folders.Contains(f[..slash]))
            .ToHashSet(StringComparer.Ordinal);
    }
}
