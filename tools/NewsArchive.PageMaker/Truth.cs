namespace NewsArchive.PageMaker;

/// <summary>One item as the page prints it, in the schema of expected.json; text may hold ⟨number⟩ marks.</summary>
internal sealed record Truth
{
    public required string Kind { get; init; }
    public string? Kicker { get; init; }
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Reporters { get; init; } = [];
    public IReadOnlyList<string> Photographers { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public string? Dateline { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> Continuations { get; init; } = [];

    /// <summary>The item as expected.json states it: number marks gone, spaces removed from text fields.</summary>
    public Truth Plain() => this with
    {
        Kicker = Squeeze(Kicker),
        Title = Title is null ? null : Html.Unmark(Title).Replace("\n", "", StringComparison.Ordinal),
        Subtitle = Squeeze(Subtitle),
        Paragraphs = [.. Paragraphs.Select(p => Squeeze(p)!)],
        Captions = [.. Captions.Select(p => Squeeze(p)!)],
    };

    private static string? Squeeze(string? text) => text is null ? null : string.Concat(Html.Unmark(text).Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>An item's markup with the truth it prints and a generous estimate of its height in px.</summary>
internal sealed record Made(Truth Truth, string Markup, int Height);

/// <summary>Several items that stand together in one box (a 简讯 column).</summary>
internal sealed record MadeGroup(IReadOnlyList<Truth> Items, string Markup, int Height);
