using NewsArchive.Model;

namespace NewsArchive.Segmentation.Corrections;

/// <summary>
/// A librarian's fixes for one page's segmentation, from <c>NAME.corrections.yml</c> next to the page:
/// where items start (<see cref="Splits"/>), which items are one (<see cref="Merges"/>), and field values
/// (<see cref="Items"/>, by item number as <c>segment</c> prints them, counted after splits and merges).
/// </summary>
public sealed record PageCorrections
{
    /// <summary>An item starts at the text of the page that begins with each of these.</summary>
    public IReadOnlyList<string> Splits { get; init; } = [];

    /// <summary>Item N (1-based) and the item after it are one article.</summary>
    public IReadOnlyList<int> Merges { get; init; } = [];

    public IReadOnlyDictionary<int, ItemCorrection> Items { get; init; } = new Dictionary<int, ItemCorrection>();
}

/// <summary>Field values for one item; a field that is not given keeps the automatic value.</summary>
public sealed record ItemCorrection
{
    public ItemKind? Kind { get; init; }
    public Optional<string?> Kicker { get; init; }
    public Optional<string?> Title { get; init; }
    public Optional<string?> Subtitle { get; init; }
    public IReadOnlyList<string>? Reporters { get; init; }
    public IReadOnlyList<string>? Photographers { get; init; }
}

/// <summary>A value that may be absent (keep the automatic one) or explicitly set, to null as well.</summary>
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Of(T value) => new(true, value);
}

/// <summary>A sidecar that cannot be used: the message names the file, the line and the column.</summary>
public sealed record CorrectionsError(string Message, int Line, int Column);
