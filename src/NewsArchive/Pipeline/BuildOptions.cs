namespace NewsArchive.Pipeline;

/// <summary>Everything a build needs to know from its caller.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public string OutputDirectory { get; init; } = "_site";
    public string ThemeDirectory { get; init; } = "theme";

    /// <summary>Absolute URL the site is served from (for canonical links, feeds, sitemap). Links inside the site are relative regardless.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Templates throw on a variable the model lacks instead of rendering nothing (tests turn this on).</summary>
    public bool StrictTemplates { get; init; }

    /// <summary>Where caches live (segmentation, search index); defaults to input/.cache.</summary>
    public string CacheDirectory => Path.Combine(InputDirectory, ".cache");

    /// <summary>
    /// Reuse what earlier builds computed (segmentation, enrichment, rendered pages), by content hash, from
    /// <see cref="CacheDirectory"/>. The result is byte-identical to a clean build either way.
    /// </summary>
    public bool Incremental { get; init; } = true;

    /// <summary>Degree of parallelism for independent per-page and per-article work.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where translation settings (NEWSARCHIVE_TRANSLATE_*) are read from; tests pass their own.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Never call a translation service, even when one is configured: English from sidecars, memory and gloss only.</summary>
    public bool Offline { get; init; }

    /// <summary>Also write the librarian's review page (review/index.html): the pages the segmentation is unsure of.</summary>
    public bool Review { get; init; }
}
