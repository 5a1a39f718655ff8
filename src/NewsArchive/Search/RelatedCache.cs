using System.IO.Hashing;
using System.Text;
using NewsArchive.Caching;

namespace NewsArchive.Search;

/// <summary>
/// The related lists of the last build, under a hash of everything they are made from (each article's id, sort key,
/// date and keywords, and the code, <see cref="CacheKeys.Code"/>): a rebuild whose articles kept all of those reads the lists
/// instead of finding them again. Any change, even to one keyword, finds them all again, since one keyword's
/// frequency weighs in every article that has it.
/// </summary>
public sealed class RelatedCache(string file)
{
    private const string Magic = "newsarchive-related-1";

    public static string PathFor(string inputDirectory) => Path.Combine(inputDirectory, ".cache", "related.txt");

    public static string KeyFor(IReadOnlyList<ArticleDocument> documents, int count)
    {
        var hash = new XxHash128();
        var text = new StringBuilder(CacheKeys.Code).Append('\n').Append(count).Append('\n');
        foreach (var d in documents)
        {
            text.Append(d.Id).Append('\u001f').Append(d.SortKey).Append('\u001f').Append(d.Date).Append('\u001f').AppendJoin('\u001e', d.Keywords).Append('\n');
            if (text.Length > 1 << 16) { hash.Append(Encoding.UTF8.GetBytes(text.ToString())); text.Clear(); }
        }
        hash.Append(Encoding.UTF8.GetBytes(text.ToString()));
        return CacheKeys.Hex(hash);
    }

    /// <summary>The lists saved under this key, or null (none, another key, or unreadable: then they are found again).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Load(string key)
    {
        try
        {
            if (!File.Exists(file)) return null;
            using var reader = new StreamReader(file);
            if (reader.ReadLine() != Magic || reader.ReadLine() != key) return null;
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                if (line == "end") return result;
                var parts = line.Split('\t');
                result[parts[0]] = parts[1..];
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Save(string key, IReadOnlyDictionary<string, IReadOnlyList<string>> related)
    {
        Storage.AtomicFile.Write(file, stream =>
        {
            using var writer = Storage.AtomicFile.Writer(stream);
            writer.WriteLine(Magic);
            writer.WriteLine(key);
            foreach (var (id, list) in related.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                writer.WriteLine(string.Join('\t', [id, .. list]));
            writer.WriteLine("end");
        });
    }
}
