using System.Globalization;
using System.IO.Enumeration;
using System.Text;
using NewsArchive.Output;

namespace NewsArchive.Caching;

/// <summary>What an earlier build wrote to one output path: the key of what it was rendered from and the file as left on disk.</summary>
public sealed record RenderedFile(string Key, long Length, long WriteTicks);

/// <summary>
/// Skips rendering, post-processing and writing a page whose template set and view model are those of the file
/// already on disk. The file's size and time are checked too, so a deleted or hand-edited output file is rebuilt.
/// One cache per output folder: the same input built into two folders keeps two. The output folder's sizes and times
/// are read in one walk, on a thread of its own, as soon as the cache loads (while the build reads its input): asked
/// file by file, at render time, they were a third of a no-change rebuild's rendering.
/// A reused page's links are not checked again: everything a page links to comes from its view model and the theme
/// (templates and the list of asset files), all in the key, so the build that rendered it checked the same links.
/// Keeping every page's links instead cost more memory than the rest of the cache at 100,000 articles.
/// </summary>
public sealed class RenderCache
{
    private readonly ContentCache<RenderedFile> _store;
    private readonly string _outputDirectory;
    private readonly string _theme;
    private readonly Task<Dictionary<string, (long Length, long WriteTicks)>> _onDisk;

    private RenderCache(ContentCache<RenderedFile> store, string outputDirectory, string themeDirectory)
    {
        _store = store;
        _outputDirectory = outputDirectory;
        _onDisk = Task.Run(() => Scan(outputDirectory));
        _theme = CacheKeys.Hash("theme", CacheKeys.Code, CacheKeys.HashFolder(Path.Combine(themeDirectory, "layouts")), CacheKeys.HashFolder(Path.Combine(themeDirectory, "partials")),
            AssetList(Path.Combine(themeDirectory, "assets")),
            // Labels reach templates through the templates object, not the view model.
            CacheKeys.HashFile(Path.Combine(themeDirectory, "i18n.json")));
    }

    public static RenderCache Load(string cacheDirectory, string outputDirectory, string themeDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        var file = Path.Combine(cacheDirectory, $"render-{CacheKeys.Hash(output)[..16]}.jsonl");
        return new RenderCache(ContentCache<RenderedFile>.Load(file, Codec), output, themeDirectory);
    }

    public ContentCache<RenderedFile> Store => _store;

    private int _reused;

    /// <summary>Files this build took from the cache instead of rendering them.</summary>
    public int Reused => _reused;

    /// <param name="shared">Views many pages show, hashed once (see <see cref="ModelHash.Shared"/>).</param>
    public string Key(string template, IReadOnlyDictionary<string, object?> model, ModelHash.Shared? shared = null) =>
        ModelHash.OfPage([_theme, template], model, shared);

    /// <summary>The earlier build's record of this path when it was rendered from the same key and the file on disk is still the one it wrote.</summary>
    public RenderedFile? Fresh(string path, string key)
    {
        if (!_store.TryGet(path, out var entry) || entry.Key != key)
            return null;
        if (!_onDisk.Result.TryGetValue(path, out var found) || found.Length != entry.Length || found.WriteTicks != entry.WriteTicks)
            return null;
        Interlocked.Increment(ref _reused);
        return entry;
    }

    /// <summary>
    /// Remembers a file just written (or found already equal on disk) at <paramref name="writtenPath"/>: the staging
    /// folder that becomes the output folder, keeping the file's size and time.
    /// </summary>
    public void Record(SiteFile file, string writtenPath)
    {
        if (file.CacheKey is null)
            return;
        var info = new FileInfo(writtenPath);
        if (info.Exists)
            _store.Put(file.Path, new RenderedFile(file.CacheKey, info.Length, info.LastWriteTimeUtc.Ticks));
    }

    /// <summary>Every file under the output folder, by its site path (forward slashes), with its size and time.</summary>
    private static Dictionary<string, (long, long)> Scan(string outputDirectory)
    {
        var found = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (!Directory.Exists(outputDirectory))
            return found;
        var skip = outputDirectory.Length + 1;
        var files = new FileSystemEnumerable<(string, long, long)>(outputDirectory,
            (ref FileSystemEntry e) => (e.ToFullPath()[skip..].Replace('\\', '/'), e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        try
        {
            foreach (var (path, length, ticks) in files)
                found[path] = (length, ticks);
        }
        catch (IOException)
        {
            // The folder changed under the walk (deleted by hand, say): what is not found is rendered again.
        }
        return found;
    }

    /// <summary>An entry's line: key, size, time (a key may hold spaces, so the numbers are read from the end).</summary>
    private static readonly LineCodec<RenderedFile> Codec = new(
        f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Length} {f.WriteTicks}"),
        bytes =>
        {
            var line = Encoding.UTF8.GetString(bytes);
            var ticks = line.LastIndexOf(' ');
            var length = ticks > 0 ? line.LastIndexOf(' ', ticks - 1) : -1;
            return length <= 0 ? null : new RenderedFile(line[..length],
                long.Parse(line.AsSpan(length + 1, ticks - length - 1), CultureInfo.InvariantCulture), long.Parse(line.AsSpan(ticks + 1), CultureInfo.InvariantCulture));
        });

    /// <summary>The asset files' paths (not their bytes: pages link to assets, they do not include them).</summary>
    private static string AssetList(string assets) => !Directory.Exists(assets) ? "none"
        : CacheKeys.Hash([.. Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(assets, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]);
}
