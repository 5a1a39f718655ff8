namespace NewsArchive.Output;

/// <summary>
/// The guard between a site path (made from paper folders, page names, whatever the input said) and the disk:
/// only a plain relative path of ordinary segments resolves, and only to a place inside the site folder.
/// </summary>
public static class SitePath
{
    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="root"/>, or null if it is not a safe site path.</summary>
    public static string? Resolve(string root, string relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Length > 1024 || relative.StartsWith('/') || relative.Contains('\\') || relative.Contains(':'))
            return null;
        foreach (var segment in relative.Split('/'))
        {
            if (segment.Length == 0 || System.Text.Encoding.UTF8.GetByteCount(segment) > 255 || segment is "." or ".." || segment.Any(char.IsControl) || segment.EndsWith(' ') || segment.EndsWith('.'))
                return null;
        }
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        return full.StartsWith(fullRoot, StringComparison.Ordinal) ? full : null;
    }
}
