namespace NewsArchive.Synth;

internal enum SynthKind
{
    News,
    Photo,
    Feature,
    Commentary,
    Brief,
}

/// <summary>One article as the generator means it, before it is laid out as extracted page text.</summary>
internal sealed record SynthItem
{
    public required SynthKind Kind { get; init; }
    public string? Kicker { get; init; }
    public string? Title { get; init; }
    public string? Subtitle { get; init; }

    /// <summary>The opening marker that flows into the first body line: 本报讯（记者 … 通讯员 …）.</summary>
    public string? Dateline { get; init; }

    /// <summary>A byline printed on its own line: ■ 文/图 …, □ author, ■ 本报记者 … 摄.</summary>
    public string? BylineLine { get; init; }
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Feature subheads (小标题), printed as short lines before the paragraph of the same index.</summary>
    public IReadOnlyDictionary<int, string> Subheads { get; init; } = new Dictionary<int, string>();
    public required string Phrase { get; init; }
    public string? English { get; init; }
}
