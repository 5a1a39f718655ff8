using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lucene.Net.Util;
using NewsArchive.Output;

namespace NewsArchive.Search;

/// <summary>A field's postings in a shard entry: the whole list, or its document count and blocks (<paramref name="Tail"/>: the last block's postings, once read from its file).</summary>
internal sealed record OldPostings(string? Whole, int Count, List<(int First, string Id)>? Blocks, string? Tail);

/// <summary>
/// The search files' encoding, shared with theme/assets/js/search.js (the spec is Export/FORMAT.md): every file a
/// script calling <c>NewsArchiveSearch.load(id, data)</c>, postings as base-64-like varints, shard entries as JSON.
/// </summary>
internal static class SearchWire
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$";

    /// <summary>The filter terms' key in a shard entry.</summary>
    public const string FilterKey = "f";

    /// <summary>
    /// The norm byte of a field of one token. A field with terms has no larger norm, so it is every field's base, and
    /// a posting carries base minus its norm: small numbers, and the same whatever other articles the archive holds.
    /// </summary>
    public static readonly int NormBase = SmallSingle.SingleToByte315(1f);

    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Five bits a character, low bits first; characters from the upper half of the alphabet say "more follows".</summary>
    public static void Varint(Chars sb, int value)
    {
        var v = (uint)value;
        while (v >= 32) { sb.Append(Alphabet[(int)(32 + (v & 31))]); v >>= 5; }
        sb.Append(Alphabet[(int)v]);
    }

    public static int VarintLength(int value)
    {
        var v = (uint)value;
        var n = 1;
        while (v >= 32) { v >>= 5; n++; }
        return n;
    }

    [ThreadStatic] private static Chars? _encoded;

    public static string Encode(PostingList docs, Chars tails, int from, int to)
    {
        var sb = _encoded ??= new Chars();
        sb.Clear();
        Varint(sb, to - from);
        var last = 0;
        for (var i = from; i < to; i++)
        {
            Varint(sb, docs.Ord(i) - last);
            last = docs.Ord(i);
            sb.Append(tails, docs.Start(i), docs.Length(i));
        }
        return sb.ToString();
    }

    /// <summary>Reads encoded postings back into a list, each posting's tail copied as it was written.</summary>
    public static void Decode(string encoded, bool positions, PostingList docs, Chars tails)
    {
        var at = 0;
        var count = ReadVarint(encoded, ref at);
        var ordinal = 0;
        for (var i = 0; i < count; i++)
        {
            ordinal += ReadVarint(encoded, ref at);
            var start = at;
            ReadVarint(encoded, ref at); // norm
            var freq = ReadVarint(encoded, ref at);
            if (positions)
                for (var p = 0; p < freq; p++) ReadVarint(encoded, ref at);
            var from = tails.Length;
            tails.Append(encoded, start, at - start);
            docs.Add(ordinal, from, at - start);
        }
    }

    public static int ReadVarint(string encoded, ref int at)
    {
        int value = 0, shift = 0;
        while (true)
        {
            var digit = Digits[encoded[at++]];
            if (digit < 32) return value | (digit << shift);
            value |= (digit - 32) << shift;
            shift += 5;
        }
    }

    private static readonly int[] Digits = Enumerable.Range(0, 128).Select(c => Alphabet.IndexOf((char)c)).ToArray();

    public static SiteFile Script(string path, string id, object data) =>
        new(path, Encoding.UTF8.GetBytes($"NewsArchiveSearch.load({JsonSerializer.Serialize(id, Json)},{JsonSerializer.Serialize(data, Json)});\n"));

    public static SiteFile ShardFile(Tier tier, int shard, SortedDictionary<string, byte[]> entries)
    {
        var buffer = new ArrayBufferWriter<byte>(ExportIndex.ShardBytes * 2);
        buffer.Write(Encoding.UTF8.GetBytes($"NewsArchiveSearch.load({JsonSerializer.Serialize(tier.Shard + shard.ToString(CultureInfo.InvariantCulture), Json)},"));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (term, value) in entries)
            {
                writer.WritePropertyName(term);
                writer.WriteRawValue(value, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        buffer.Write(");\n"u8);
        return new SiteFile(tier.ShardPath(shard), buffer.WrittenSpan.ToArray());
    }

    /// <summary>A shard file's entries, each term with its value as written (JSON), or null when the file is not a shard.</summary>
    public static SortedDictionary<string, byte[]>? ParseShard(byte[] file)
    {
        try
        {
            var span = file.AsSpan();
            var open = span.IndexOf((byte)',') + 1;
            var close = span.LastIndexOf(");\n"u8);
            if (open <= 0 || close < open) return null;
            var json = span[open..close];
            var reader = new Utf8JsonReader(json);
            var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var term = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                entries[term] = json[start..(int)reader.BytesConsumed].ToArray();
            }
            return entries;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Each field of a shard entry with its postings as written.</summary>
    public static List<(string Key, OldPostings Value)> Fields(byte[] entry)
    {
        using var doc = JsonDocument.Parse(entry);
        var result = new List<(string, OldPostings)>();
        foreach (var field in doc.RootElement.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.String)
                result.Add((field.Name, new OldPostings(field.Value.GetString(), 0, null, null)));
            else if (field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("k", out var blocks))
            {
                var list = blocks.EnumerateArray().ToList();
                result.Add((field.Name, new OldPostings(null, field.Value.GetProperty("n").GetInt32(), [.. list.Select(b => (b[0].GetInt32(), b[1].GetString()!))], null)));
            }
        }
        return result;
    }
}
