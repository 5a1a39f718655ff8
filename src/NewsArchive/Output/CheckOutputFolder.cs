using NewsArchive.Ingest;

namespace NewsArchive.Output;

/// <summary>
/// Decides, before anything is read or written, whether a folder may take a site: a build replaces what is there,
/// so the folder must be new, empty, or a site of ours, and must not overlap the input or the theme. A refusal is a
/// usage error, never a deletion.
/// </summary>
public static class CheckOutputFolder
{
    /// <summary>Why <paramref name="output"/> cannot take the site built from <paramref name="input"/>, or null when it can.</summary>
    public static string? Problem(string input, string output, string? theme = null)
    {
        var full = Path.GetFullPath(output);
        if (Path.GetPathRoot(full) == full || Path.GetPathRoot(full)?.TrimEnd(Path.DirectorySeparatorChar) == full.TrimEnd(Path.DirectorySeparatorChar))
            return $"the output folder '{full}' is the root of the file system; give a folder of its own, such as _site";
        string realOutput, realInput;
        try
        {
            realOutput = InputFiles.RealPath(full);
            realInput = InputFiles.RealPath(input);
        }
        catch (IOException e)
        {
            return $"cannot follow the symbolic links of the output folder '{full}': {e.Message}";
        }
        if (File.Exists(realOutput))
            return $"the output '{full}' is a file, not a folder";
        if (Overlap(realOutput, realInput, "input") is { } input_)
            return input_;
        if (theme is not null && Directory.Exists(theme) && Overlap(realOutput, InputFiles.RealPath(theme), "theme") is { } theme_)
            return theme_;
        if (!Directory.Exists(realOutput) || SiteOwnership.Owned(realOutput) is not null || SiteOwnership.LooksLikeEarlierSite(realOutput))
            return null;
        // Hidden entries (a .git of a gh-pages clone) are other tools'; anything else means the folder is someone's.
        var foreign = Directory.EnumerateFileSystemEntries(realOutput).Select(Path.GetFileName).OfType<string>()
            .Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).Take(4).ToList();
        return foreign.Count == 0 ? null
            : $"the output folder '{full}' holds files no build of NewsArchive wrote ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", ..." : "")}), which a build would replace or delete; give a new or empty folder, or the folder of an earlier site";
    }

    private static string? Overlap(string output, string other, string what)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        bool Under(string path, string root) => path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, comparison);
        if (string.Equals(output, other, comparison))
            return $"the output folder '{output}' is the {what} folder; a build would replace its files: give another folder, such as _site";
        if (Under(other, output))
            return $"the output folder '{output}' contains the {what} folder '{other}'; a build would delete it: give a folder beside it, such as _site";
        if (Under(output, other))
            return $"the output folder '{output}' is inside the {what} folder '{other}'; give a folder outside it, such as _site beside it";
        return null;
    }
}
