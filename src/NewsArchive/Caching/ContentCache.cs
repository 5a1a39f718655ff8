using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsArchive.Caching;

/// <summary>
/// A key -> value store kept between builds in one file of JSON lines. It is read whole at the start of a build and
/// written back at the end holding only the entries this build asked for, so it never outgrows one archive and a
/// deleted page's entries go away. A missing, truncated or corrupt file is an empty cache, never an error:
/// a cache can only save work, not change results.
/// </summary>
public sealed class ContentCache<T> where T : class
{
    private readonly string _path;
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
    }

    private ContentCache(string path, ConcurrentDictionary<string, Entry> entries)
    {
        _path = path;
        _entries = entries;
        _storedCount = entries.Count;
    }

    public int Hits => _hits;
    public int Misses => _misses;

    public static ContentCache<T> Load(string path)
    {
        var entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
                foreach (var line in File.ReadLines(path, Encoding.UTF8))
                {
                    var tab = line.IndexOf('\t');
                    if (tab > 0) entries[line[..tab]] = new Entry(Encoding.UTF8.GetBytes(line, tab + 1, line.Length - tab - 1), null);
                }
        }
        catch (IOException)
        {
            entries.Clear();
        }
        return new ContentCache<T>(path, entries);
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
                    if (JsonSerializer.Deserialize<T>(json, Json) is { } found)
                    {
                        value = Interlocked.CompareExchange(ref entry.Value, found, null) ?? found;
                        if (ReferenceEquals(value, found))
                            Interlocked.Increment(ref _hits);
                        Volatile.Write(ref entry.Json, null);
                        return true;
                    }
                }
                catch (JsonException)
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

    /// <summary>Writes the entries used by this build, sorted by key, through a temporary file so a crash never leaves half a cache.</summary>
    public void Save()
    {
        // Nothing new and nothing dropped: the file on disk already says it all (the common no-change rebuild).
        var used = _entries.Where(kv => kv.Value.Value is not null).Select(kv => (kv.Key, kv.Value.Value!)).ToList();
        if (_puts == 0 && used.Count == _storedCount && File.Exists(_path))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = _path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
            foreach (var (key, value) in used.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                writer.WriteLine($"{key}\t{JsonSerializer.Serialize(value, Json)}");
        File.Move(temp, _path, overwrite: true);
    }

    internal static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
