namespace NewsArchive.Pipeline;

/// <summary>Everything a build needs to know from its caller.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public string OutputDirectory { get; init; } = "_site";
    public string ThemeDirectory { get; init; } = "theme";

    /// <summary>Absolute URL the site is served from (for canonical links, feeds, sitemap). Links inside the site are relative regardless.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The archive's other sites when it is split into several, one build each (--sibling; README, "When an archive outgrows one site").</summary>
    public IReadOnlyList<Rendering.Views.SiblingView> Siblings { get; init; } = [];

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

    /// <summary>How long a build waits for another build holding the input's cache or the output folder before it gives up (exit 2).</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Never call a translation service, even when one is configured: English from sidecars, memory and gloss only.</summary>
    public bool Offline { get; init; }

    /// <summary>
    /// Render each PDF page's printed image (with pdftoppm, cached under <see cref="CacheDirectory"/>) and show it with its
    /// articles as links; off keeps the site small, and PDF pages then look like pages read from text.
    /// </summary>
    public bool PageImages { get; init; } = true;

    /// <summary>The host's limits the site is checked against; null reads them from <c>site:</c> in newsarchive.yml (GitHub Pages' 1 GB by default).</summary>
    public Output.SiteBudget? Budget { get; init; }

    /// <summary>Limits given on the command line, each overriding newsarchive.yml's.</summary>
    public long? MaxSiteBytes { get; init; }
    public int? MaxSiteFiles { get; init; }

    /// <summary>Also write the librarian's review page (review/index.html): the pages the segmentation is unsure of.</summary>
    public bool Review { get; init; }
}
