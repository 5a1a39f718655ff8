using System.Text.Json.Serialization;

namespace NewsArchive.Model;

/// <summary>
/// The segmentation of one page. Every non-space character of the page is in exactly one place:
/// an item field, a removed duplicate, or a leftover.
/// </summary>
public sealed record PageSegmentation
{
    public IReadOnlyList<SegmentedItem> Items { get; init; } = [];

    /// <summary>Text that belongs to no item (page furniture not recognised, stray fragments); shown in the build report.</summary>
    public IReadOnlyList<string> Leftovers { get; init; } = [];

    /// <summary>Text removed on purpose: fake-bold doubles, page headers, folios. Recorded, never silently dropped.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>What the build report should say about this page (e.g. no recognisable articles).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The printed page's size in points when it was read from a PDF (the frame of the items' regions); null for text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PageSize? Size { get; init; }

    /// <summary>How sure the page-wide reading is, per page and per article; null when nothing was assigned.</summary>
    public PageConfidence? Confidence { get; init; }
}

/// <summary>A piece of page text removed by a cleaning step, and why.</summary>
public sealed record RemovedText(string Text, string Reason);
