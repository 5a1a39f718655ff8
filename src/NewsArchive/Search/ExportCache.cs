namespace NewsArchive.Search;

/// <summary>
/// Which browser search files the last build exported, and the key of the index they came from. While the index holds
/// the same documents and the files are still in the site as that build wrote them (the render cache vouches for each),
/// a rebuild neither exports again nor holds the files in memory. The key also names this build of the program, so a
/// changed exporter never reuses old files.
/// </summary>
public sealed class ExportCache(string file)
{
    private const string Magic = "newsarchive-search-export-2";

    public static string PathFor(string inputDirectory) => Path.Combine(inputDirectory, ".cache", "search-export.txt");

    public static string KeyFor(LuceneIndex index) =>
        $"{index.ContentKey}|{ExportIndex.BlockChars}|{ExportIndex.ShardBytes}|{typeof(ExportCache).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The site paths exported under this key, or null when there are none (or they cannot be read: then the caller exports afresh).</summary>
    public IReadOnlyList<string>? Load(string key)
    {
        try
        {
            if (!File.Exists(file)) return null;
            var lines = File.ReadAllLines(file);
            return lines.Length >= 2 && lines[0] == Magic && lines[1] == key ? lines[2..] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Save(string key, IEnumerable<string> paths)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Written aside and moved in whole: a build killed mid-write leaves the old list or none, never half of one.
        var temp = file + ".tmp";
        File.WriteAllLines(temp, [Magic, key, .. paths]);
        File.Move(temp, file, overwrite: true);
    }
}
