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
    // Entries not yet asked for, as the UTF-8 JSON of their line; an entry moves to _used when a build asks for it, so
    // the file's text and its objects are never both held (at 100,000 articles that doubled the caches in memory).
    private readonly ConcurrentDictionary<string, byte[]> _stored;
    private readonly int _storedCount;
    private readonly ConcurrentDictionary<string, T> _used;
    private int _hits;
    private int _misses;
    private int _puts;

    private ContentCache(string path, ConcurrentDictionary<string, byte[]> stored)
    {
        _path = path;
        _stored = stored;
        _storedCount = stored.Count;
        // Sized for every stored entry and striped finely: a dictionary that grew a page at a time, behind the two
        // locks it starts with on two cores, kept the render threads spinning on each other.
        _used = new ConcurrentDictionary<string, T>(Stripes, Math.Max(31, stored.Count), StringComparer.Ordinal);
    }

    /// <summary>Locks of a dictionary the build's threads write to at once.</summary>
    internal const int Stripes = 64;

    public int Hits => _hits;
    public int Misses => _misses;

    public static ContentCache<T> Load(string path)
    {
        var stored = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
                foreach (var line in File.ReadLines(path, Encoding.UTF8))
                {
                    var tab = line.IndexOf('\t');
                    if (tab > 0) stored[line[..tab]] = Encoding.UTF8.GetBytes(line, tab + 1, line.Length - tab - 1);
                }
        }
        catch (IOException)
        {
            stored.Clear();
        }
        return new ContentCache<T>(path, stored);
    }

    public bool TryGet(string key, out T value)
    {
        if (_used.TryGetValue(key, out value!))
            return true;
        if (_stored.TryRemove(key, out var json))
        {
            try
            {
                var found = JsonSerializer.Deserialize<T>(json, Json);
                if (found is not null)
                {
                    value = _used.GetOrAdd(key, found);
                    Interlocked.Increment(ref _hits);
                    return true;
                }
            }
            catch (JsonException)
            {
                // a stale shape from an older build: recompute
            }
        }
        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Put(string key, T value)
    {
        _used[key] = value;
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
        if (_puts == 0 && _used.Count == _storedCount && File.Exists(_path))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = _path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
            foreach (var (key, value) in _used.OrderBy(kv => kv.Key, StringComparer.Ordinal))
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
