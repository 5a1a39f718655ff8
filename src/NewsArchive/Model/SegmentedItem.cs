namespace NewsArchive.Model;

/// <summary>One article as segmentation found it on a printed page, in reading order.</summary>
public sealed record SegmentedItem
{
    public required ItemKind Kind { get; init; }
    public string? Kicker { get; init; }
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Reporters { get; init; } = [];
    public IReadOnlyList<string> Photographers { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The 本报讯 marker or place/date line that opened the report, kept out of the body.</summary>
    public string? Dateline { get; init; }

    /// <summary>The byline exactly as printed, e.g. "（记者 张三 通讯员 李四）" or "■ 文/图 王五".</summary>
    public string? Byline { get; init; }

    /// <summary>Continuation notes such as "（下转第4版）", kept out of the body.</summary>
    public IReadOnlyList<string> Continuations { get; init; } = [];

    /// <summary>Picture credits printed with a report or feature that already has its byline (■ X 摄).</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>
    /// Where the item sat on the printed page, in page points from the top-left corner (one rectangle per piece:
    /// a title strip, a body block, a picture). Empty when the page came from text.
    /// </summary>
    public IReadOnlyList<PageRegion> Regions { get; init; } = [];
}
