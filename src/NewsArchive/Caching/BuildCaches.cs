using NewsArchive.Pipeline;

namespace NewsArchive.Caching;

/// <summary>
/// The caches of an incremental build, in <see cref="BuildOptions.CacheDirectory"/>: segmentation by page, enrichment
/// by article, rendered files by output path. What the last build made its site from is the build's state
/// (<see cref="State.BuildState"/>), kept apart.
/// </summary>
public sealed class BuildCaches
{
    private readonly Lazy<RenderCache> _render;

    private BuildCaches(SegmentationCache segmentation, EnrichmentCache enrichment, Func<RenderCache> render)
    {
        Segmentation = segmentation;
        Enrichment = enrichment;
        _render = new Lazy<RenderCache>(render);
    }

    public SegmentationCache Segmentation { get; }
    public EnrichmentCache Enrichment { get; }

    /// <summary>Loaded when first used: only a build renders, search and translate share the other caches.</summary>
    public RenderCache Render => _render.Value;

    /// <summary>Starts loading the render cache on another thread, for a build to find it ready when it renders.</summary>
    public void LoadRenderAhead() => Task.Run(() => _render.Value);

    /// <param name="callsService">Whether this command's English chain calls a translation service: English made
    /// without one (any build without a service, search, an offline build) is shared; English made with one is not.</param>
    public static BuildCaches Load(BuildOptions options, bool callsService)
    {
        var directory = Path.Combine(options.CacheDirectory, "build");
        return new BuildCaches(
            SegmentationCache.Load(directory),
            EnrichmentCache.Load(directory, EnrichmentInputs(options, callsService)),
            () => RenderCache.Load(directory, options.OutputDirectory, options.ThemeDirectory));
    }

    /// <summary>Saves what a build learnt.</summary>
    public void Save()
    {
        SaveInputs();
        if (_render.IsValueCreated)
            Render.Store.Save();
    }

    /// <summary>Saves segmentation and enrichment only: what a search or translate run learnt.</summary>
    public void SaveInputs()
    {
        Segmentation.Store.Save();
        Enrichment.Store.Save();
    }

    public void Count(BuildReport report)
    {
        report.Count("cache: pages segmented before", Segmentation.Store.Hits);
        report.Count("cache: articles enriched before", Enrichment.Store.Hits);
        if (_render.IsValueCreated)
            report.Count("cache: files rendered before", Render.Reused);
    }

    /// <summary>
    /// What enrichment may read besides an article: whether a translation service is called, NEWSARCHIVE_* environment
    /// variables (which service), and the librarian's sidecar files (anything in the input folder that is not page
    /// text: newsarchive.yml says which service too). A change to any of them re-enriches every article: rare, and
    /// never stale. Options that only shape the site (base URL, theme) are not inputs.
    /// </summary>
    private static string EnrichmentInputs(BuildOptions options, bool callsService)
    {
        var settings = callsService ? "english: gloss, memory, service" : "english: gloss, memory";
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("NEWSARCHIVE_", StringComparison.Ordinal))
            // A key changes who pays, not what is written; even its hash stays out of the cache.
            .Where(k => !k.EndsWith("_KEY", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(k => k + "=" + Environment.GetEnvironmentVariable(k));
        var sidecars = Sidecars(options.InputDirectory)
            .Select(f => Path.GetRelativePath(options.InputDirectory, f).Replace('\\', '/') + "=" + (Ingest.InputFiles.Refusal(f, options.InputDirectory) ?? CacheKeys.HashFile(f)));
        return CacheKeys.Hash(["inputs", settings, .. environment, .. sidecars, .. HiddenStores(options.InputDirectory)]);
    }

    /// <summary>
    /// Stores that stages keep in dot-folders of the input besides our own .cache (a translation memory): by name,
    /// size and time, since they can be large and change only when a stage or the translate verb writes them.
    /// </summary>
    private static IEnumerable<string> HiddenStores(string input)
    {
        if (!Directory.Exists(input))
            yield break;
        foreach (var dir in Directory.EnumerateDirectories(input, ".*").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(dir) == ".cache")
                continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                yield return $"{Path.GetRelativePath(input, file)}={info.Length}:{info.LastWriteTimeUtc.Ticks}";
            }
        }
    }

    private static IEnumerable<string> Sidecars(string dir)
    {
        if (!Directory.Exists(dir))
            yield break;
        foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(file).StartsWith('.') && !file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                yield return file;
        foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(sub).StartsWith('.'))
                foreach (var file in Sidecars(sub))
                    yield return file;
    }
}
