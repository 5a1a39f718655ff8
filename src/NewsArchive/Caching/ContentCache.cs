using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsArchive.Caching;

/// <summary>
/// A key -> value store kept between builds in one file of JSON lines. It is read whole at the start of a build. At
/// the end, a build that made a few entries appends them (a later line wins); once the lines no longer asked for
/// pass a quarter of the file, it is written again holding only the entries this build asked for, so it never
/// outgrows one archive and a deleted page's entries go away. A missing, truncated or corrupt file is an empty cache, never an error:
/// a cache can only save work, not change results.
/// </summary>
public sealed class ContentCache<T> where T : class
{
    private readonly string _path;
    private readonly LineCodec<T>? _codec;
    // Every entry of the file, as the UTF-8 JSON of its line until a build asks for it and then as its object, so the
    // file's text and its objects are never both held (at 100,000 articles that doubled the caches in memory). One
    // dictionary, read without locks: moving entries between two, under their locks, kept the render threads
    // spinning on each other.
    private readonly ConcurrentDictionary<string, Entry> _entries;
    private readonly int _storedCount;
    private int _hits;
    private int _misses;
    private int _puts;

    private sealed class Entry(byte[]? json, T? value)
    {
        public byte[]? Json = json;
        public T? Value = value;

        /// <summary>Made or replaced by this build, so not on the file's line as it is.</summary>
        public bool New;

        /// <summary>The entry's line in the file (the last, when the key is there twice), or -1.</summary>
        public int Line = -1;
    }

    private readonly int _lines;
    private int _saved;

    private ContentCache(string path, ConcurrentDictionary<string, Entry> entries, LineCodec<T>? codec, int lines)
    {
        _path = path;
        _codec = codec;
        _entries = entries;
        _storedCount = entries.Count;
        _lines = lines;
    }

    public int Hits => _hits;
    public int Misses => _misses;

    /// <param name="codec">How values are written on their lines; JSON when not given.</param>
    public static ContentCache<T> Load(string path, LineCodec<T>? codec = null)
    {
        // Read as bytes and split here: only the keys become strings, the values stay the UTF-8 they are on disk.
        var loaded = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var lines = 0;
        try
        {
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            for (var start = 0; start < bytes.Length; lines++)
            {
                var line = bytes.AsSpan(start);
                var end = line.IndexOf((byte)'\n');
                line = end < 0 ? line : line[..end];
                start += end < 0 ? line.Length : end + 1;
                var tab = line.IndexOf((byte)'\t');
                if (tab > 0)
                    loaded[Encoding.UTF8.GetString(line[..tab])] = new Entry(line[(tab + 1)..].TrimEnd((byte)'\r').ToArray(), null) { Line = lines };
            }
        }
        catch (IOException)
        {
            loaded.Clear();
            lines = 0;
        }
        return new ContentCache<T>(path, new ConcurrentDictionary<string, Entry>(loaded, StringComparer.Ordinal), codec, lines);
    }

    public bool TryGet(string key, out T value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (Volatile.Read(ref entry.Value) is { } known)
            {
                value = known;
                return true;
            }
            // No lock: two threads asking for the same entry at once may both read its JSON, and both get the object
            // of the one that finished first.
            if (Volatile.Read(ref entry.Json) is { } json)
            {
                try
                {
                    if ((_codec is null ? JsonSerializer.Deserialize<T>(json, Json) : _codec.Read(json)) is { } found)
                    {
                        value = Interlocked.CompareExchange(ref entry.Value, found, null) ?? found;
                        if (ReferenceEquals(value, found))
                            Interlocked.Increment(ref _hits);
                        Volatile.Write(ref entry.Json, null);
                        return true;
                    }
                }
                catch (Exception e) when (e is JsonException or FormatException)
                {
                    // a stale shape from an older build: recompute
                }
                Volatile.Write(ref entry.Json, null);
            }
        }
        value = null!;
        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Put(string key, T value)
    {
        var entry = _entries.GetOrAdd(key, static (_, v) => new Entry(null, v), value);
        Volatile.Write(ref entry.Value, value);
        entry.New = true;
        Volatile.Write(ref entry.Json, null);
        Interlocked.Increment(ref _puts);
    }

    public T GetOrAdd(string key, Func<T> make)
    {
        if (TryGet(key, out var value))
            return value;
        value = make();
        Put(key, value);
        return value;
    }

    /// <summary>
    /// Appends the entries this build made (once per command), or, when too much of the file would be lines no longer asked for, writes
    /// it again through a temporary file (so a crash never leaves half a cache). Re-serializing every article's
    /// enrichment to save one changed article's was a tenth of a correction's rebuild; a line is now copied as it is.
    /// </summary>
    public void Save()
    {
        // Once per command: what the file holds after an append or a rewrite is no longer what this cache loaded.
        if (Interlocked.Exchange(ref _saved, 1) == 1)
            throw new InvalidOperationException($"{_path}: a cache is saved once, at the end of the command that loaded it");
        // Nothing new and nothing dropped: the file on disk already says it all (the common no-change rebuild).
        var used = _entries.Count(kv => kv.Value.Value is not null);
        if (_puts == 0 && used == _storedCount && File.Exists(_path))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var made = _entries.Where(kv => kv.Value.New).Select(kv => (kv.Key, kv.Value.Value!)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        if (File.Exists(_path) && _lines + made.Count <= used + used / 4 + 64)
        {
            using var file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite);
            // A build killed while appending can leave a last line without its end: the next line starts afresh.
            var ended = file.Length == 0 || (file.Seek(-1, SeekOrigin.End) >= 0 && file.ReadByte() == '\n');
            file.Seek(0, SeekOrigin.End);
            using var writer = new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" };
            if (!ended)
                writer.WriteLine();
            foreach (var (key, value) in made)
                Write(writer, key, value);
            return;
        }
        Storage.AtomicFile.Write(_path, stream =>
        {
            using var writer = Storage.AtomicFile.Writer(stream);
            if (File.Exists(_path))
            {
                var at = 0;
                foreach (var line in File.ReadLines(_path, Encoding.UTF8))
                {
                    var tab = line.IndexOf('\t');
                    if (tab > 0 && _entries.TryGetValue(line[..tab], out var entry) && entry.Line == at && entry.Value is not null && !entry.New)
                        writer.WriteLine(line);
                    at++;
                }
            }
            foreach (var (key, value) in made)
                Write(writer, key, value);
        });
    }

    private void Write(StreamWriter writer, string key, T value) =>
        writer.WriteLine($"{key}\t{(_codec is null ? JsonSerializer.Serialize(value, Json) : _codec.Write(value))}");

    internal static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        // The build's own cached types are described at compile time: reflecting over them cost each build a tenth
        // of a second before the first entry was read. Any other type (a test's) is still reflected.
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            CachedTypes.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };
}

[JsonSerializable(typeof(Model.PageSegmentation))]
[JsonSerializable(typeof(Model.Enrichment))]
internal sealed partial class CachedTypes : JsonSerializerContext;

/// <summary>
/// How a cache writes a value on its line and reads it back, for a cache whose values are too many and too simple
/// for JSON (a no-change rebuild read 39,000 rendered files' entries, and JSON cost half of the render stage's checks).
/// <paramref name="Read"/> returns null, or throws <see cref="FormatException"/>, for a line it does not know.
/// </summary>
public sealed record LineCodec<T>(Func<T, string> Write, Func<byte[], T?> Read) where T : class;
