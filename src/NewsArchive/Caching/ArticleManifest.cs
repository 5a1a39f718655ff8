using NewsArchive.Model;

namespace NewsArchive.Caching;

/// <summary>
/// The id and enrichment key of every article of the last successful build, to tell the index stage which articles
/// this build added, changed or removed.
/// </summary>
public static class ArticleManifest
{
    public static string PathIn(string cacheDirectory) => Path.Combine(cacheDirectory, "articles.tsv");

    public static ArchiveChanges Compare(string cacheDirectory, IReadOnlyDictionary<string, string> current)
    {
        var path = PathIn(cacheDirectory);
        if (!File.Exists(path))
            return new ArchiveChanges { FirstBuild = true, Added = [.. current.Keys.Order(StringComparer.Ordinal)] };
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) previous[line[..tab]] = line[(tab + 1)..];
        }
        return new ArchiveChanges
        {
            FirstBuild = false,
            Added = [.. current.Keys.Where(id => !previous.ContainsKey(id)).Order(StringComparer.Ordinal)],
            Changed = [.. current.Where(kv => previous.TryGetValue(kv.Key, out var old) && old != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal)],
            Removed = [.. previous.Keys.Where(id => !current.ContainsKey(id)).Order(StringComparer.Ordinal)],
        };
    }

    public static void Save(string cacheDirectory, IReadOnlyDictionary<string, string> current)
    {
        Storage.AtomicFile.WriteLines(PathIn(cacheDirectory), current.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}\t{kv.Value}"));
    }
}
