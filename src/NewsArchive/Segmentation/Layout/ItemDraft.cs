using NewsArchive.Model;

namespace NewsArchive.Segmentation.Layout;

/// <summary>An article while the page is being read; frozen into a <see cref="SegmentedItem"/> at the end.</summary>
internal sealed class ItemDraft
{
    public string? Kicker { get; set; }

    /// <summary>The heading lines the kicker was joined from, each with its block.</summary>
    public List<(string Text, int Block)> KickerUnits { get; } = [];
    public string? Title { get; set; }

    /// <summary>The pdftotext block the title was read in: where it stands in the text stream.</summary>
    public int? TitleBlock { get; set; }
    public string? Subtitle { get; set; }
    public string? Dateline { get; set; }
    public string? Byline { get; set; }
    public List<BodyLine> Body { get; } = [];
    public List<string> Captions { get; } = [];
    public List<string> Continuations { get; } = [];
    public List<string> Reporters { get; } = [];
    public List<string> Photographers { get; } = [];

    /// <summary>Extra text that belongs to the item but to no field above (kept, so nothing is lost).</summary>
    public List<string> Extra { get; } = [];

    public ItemKind? Kind { get; set; }
    public bool Brief { get; set; }

    /// <summary>No more body text joins this item.</summary>
    public bool Closed { get; set; }

    /// <summary>The item's body came first; headings that follow it before any other text are its own.</summary>
    public bool TakesTrailingHeadings { get; set; }

    public bool HasBody => Body.Count > 0;

    public bool EndsSentence => Body.Count > 0 && Chinese.EndsSentence(Body[^1].Text);
}
