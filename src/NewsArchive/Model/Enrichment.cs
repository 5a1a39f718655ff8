namespace NewsArchive.Model;

/// <summary>What enrichment adds to an article: summaries, keywords and the English rendering.</summary>
public sealed record Enrichment
{
    public required string SummaryZh { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? TitleEn { get; init; }
    public string? SummaryEn { get; init; }

    /// <summary>Where the English came from.</summary>
    public required EnglishSource EnglishSource { get; init; }

    /// <summary>For a service: "service:model"; for the gloss: the gloss version; for a librarian: the sidecar file.</summary>
    public string? EnglishOrigin { get; init; }
}

public enum EnglishSource
{
    /// <summary>No English yet (the skeleton before enrichment is configured).</summary>
    None,

    /// <summary>Written by a librarian in a sidecar file.</summary>
    Librarian,

    /// <summary>A configured translation or language-model service.</summary>
    Service,

    /// <summary>The offline dictionary gloss (CC-CEDICT).</summary>
    Gloss,
}
