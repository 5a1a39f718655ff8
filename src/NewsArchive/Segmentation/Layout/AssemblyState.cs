using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// The page read so far by <see cref="AssembleItems"/>: the items begun, the headings, subtitle and captions waiting
/// for a body, and where the reading stands. The reading steps share it; only this class opens an item.
/// </summary>
internal sealed class AssemblyState
{
    public List<ItemDraft> Items { get; } = [];

    /// <summary>
    /// Headings waiting for a body; Position is the number of items begun before the heading was read, Block the
    /// pdftotext block it was read in.
    /// </summary>
    public List<(string Text, bool Brief, int Position, int Block)> PendingHeadings { get; } = [];

    /// <summary>The last item whose title was printed after its body.</summary>
    public ItemDraft? TitledAfterBody { get; set; }

    /// <summary>The block of the line being read.</summary>
    public int ReadingBlock { get; set; } = -1;
    public string? PendingSubtitle { get; set; }
    public List<string> PendingCaptions { get; } = [];
    public ItemDraft? Current { get; set; }
    public bool BriefColumn { get; set; }
    public bool AfterBriefHeading { get; set; }
    public bool LastWasBriefHeading { get; set; }
    public ItemDraft? LastHeadingTarget { get; set; }

    /// <summary>The body a heading run cut in mid-sentence: a neighbour's heading printed inside its column.</summary>
    public ItemDraft? Interrupted { get; set; }
    public List<string> Leftovers { get; } = [];

    /// <summary>Headings no body took, with their block: candidates for the page-wide assignment of titles.</summary>
    public List<(string Text, int Block)> LeftoverHeadings { get; } = [];

    public IReadOnlyList<PageLine> Lines { get; set; } = [];

    /// <summary>The index of the first line after the block being read.</summary>
    public int BlockEnd { get; set; }

    public ItemDraft Ensure()
    {
        if (Current is not null && !Current.Closed)
            return Current;
        return StartItem();
    }

    public ItemDraft StartItem(string? dateline = null)
    {
        var item = new ItemDraft { Dateline = dateline };
        Items.Add(item);
        Current = item;
        TakePending(item);
        return item;
    }

    public void StartItemIfBodyPresent()
    {
        if (Current is null || Current.Closed || Current.HasBody)
            StartItem();
        else
            TakePending(Current);
    }

    public static void MarkBrief(ItemDraft item)
    {
        item.Brief = true;
        if (item.Dateline is not null)
            item.Kind ??= ItemKind.Brief;
    }

    public void TakePending(ItemDraft item)
    {
        if (item.Title is not null)
            return;
        var general = PendingHeadings.Where(h => !h.Brief).ToList();
        if (general.Count > 0)
        {
            PendingHeadings.RemoveAll(h => !h.Brief);
            item.Title = general[^1].Text;
            item.TitleBlock = general[^1].Block;
            if (general.Count >= 2)
            {
                item.Kicker = string.Join(" ", general.Take(general.Count - 1).Select(h => h.Text));
                item.KickerUnits.AddRange(general.Take(general.Count - 1).Select(h => (h.Text, h.Block)));
            }
            // A stacked 简讯 column goes on: the next brief's title sits right over its 本报讯 line, and the brief
            // before it opened with 本报讯 too (a column sets its briefs alike; a report after it differs).
            if (general.Count == 1 && BriefColumn && item.Dateline is not null && general[0].Block == ReadingBlock
                && Items.Count >= 2 && Items[^2] is { Brief: true, Dateline: not null })
                MarkBrief(item);
        }
        else if (PendingHeadings.Count > 0 && BriefColumn
            && (item.Dateline is null && item.Byline is null || item.Dateline is not null && PendingHeadings[0].Block == ReadingBlock))
        {
            // A brief's title over a body without dateline, or in one flow with the 本报讯 line it stands on.
            item.Title = PendingHeadings[0].Text;
            item.TitleBlock = PendingHeadings[0].Block;
            MarkBrief(item);
            PendingHeadings.RemoveAt(0);
        }
        if (PendingSubtitle is not null)
        {
            item.Subtitle = PendingSubtitle;
            PendingSubtitle = null;
        }
        item.Captions.AddRange(PendingCaptions);
        PendingCaptions.Clear();
        if (item.Title is not null)
            LastHeadingTarget = item;
    }
}
