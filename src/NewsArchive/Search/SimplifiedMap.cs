using System.Collections.Frozen;

namespace NewsArchive.Search;

/// <summary>
/// Folds what a reader may type or a page may print into one searchable form, one UTF-16 unit to one unit
/// (so offsets into the original text stay valid): Traditional and variant characters to Simplified
/// (from the OpenCC tables that scripts/setup.sh installs), full-width ASCII to ASCII.
/// The same map ships to the browser, so both sides fold alike.
/// </summary>
public sealed class SimplifiedMap
{
    private const string DictFolder = "node_modules/opencc-js/dist/esm-lib/dict";

    private readonly FrozenDictionary<char, char> _map;

    private SimplifiedMap(FrozenDictionary<char, char> map, string? source)
    {
        _map = map;
        Source = source;
    }

    public static SimplifiedMap Empty { get; } = new(FrozenDictionary<char, char>.Empty, null);

    /// <summary>The OpenCC folder the map was read from; null when none was found.</summary>
    public string? Source { get; }

    /// <summary>Single characters whose folding differs from themselves, in code order.</summary>
    public IEnumerable<KeyValuePair<char, char>> Pairs => _map.OrderBy(kv => kv.Key);

    public int Count => _map.Count;

    public char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') return (char)(c - 0xFEE0);
        if (c == '\u3000') return ' ';
        return _map.TryGetValue(c, out var s) ? s : c;
    }

    public string Fold(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++) span[i] = Fold(t[i]);
    });

    /// <summary>Looks for the OpenCC tables in node_modules above any of the given folders.</summary>
    public static SimplifiedMap Find(params string?[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var dir = start is null ? null : new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var folder = Path.Combine(dir.FullName, DictFolder);
                if (File.Exists(Path.Combine(folder, "TSCharacters.js")))
                    return Load(folder);
            }
        }
        return Empty;
    }

    private static readonly Dictionary<string, SimplifiedMap> Loaded = new(StringComparer.Ordinal);

    public static SimplifiedMap Load(string folder)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(folder, out var cached)) return cached;
            // Variant tables first map Taiwan/Hong Kong forms to OpenCC's standard Traditional, which
            // TSCharacters then maps to Simplified.
            var variants = new Dictionary<char, char>();
            foreach (var table in new[] { "TWVariantsRev.js", "HKVariantsRev.js" })
                foreach (var (from, to) in Read(Path.Combine(folder, table)))
                    variants.TryAdd(from, to);
            var toSimplified = new Dictionary<char, char>();
            foreach (var (from, to) in Read(Path.Combine(folder, "TSCharacters.js")))
                toSimplified.TryAdd(from, to);
            var map = new Dictionary<char, char>();
            foreach (var (from, to) in toSimplified)
                map[from] = to;
            foreach (var (from, standard) in variants)
            {
                var simplified = toSimplified.TryGetValue(standard, out var s) ? s : standard;
                if (!map.ContainsKey(from) && simplified != from) map[from] = simplified;
            }
            // A character that is itself Simplified must not move (干 is both the target of 乾 and a word of its own).
            foreach (var target in map.Values.ToList())
                map.Remove(target);
            var result = new SimplifiedMap(map.ToFrozenDictionary(), folder);
            Loaded[folder] = result;
            return result;
        }
    }

    /// <summary>Reads an OpenCC table: `export default "FROM TO1 TO2|FROM TO|..."`; only one-unit pairs are kept.</summary>
    private static IEnumerable<(char From, char To)> Read(string file)
    {
        if (!File.Exists(file)) yield break;
        var text = File.ReadAllText(file);
        var start = text.IndexOf('"');
        var end = text.LastIndexOf('"');
        if (start < 0 || end <= start) yield break;
        foreach (var entry in text[(start + 1)..end].Split('|'))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0].Length == 1 && parts[1].Length == 1)
                yield return (parts[0][0], parts[1][0]);
        }
    }
}
