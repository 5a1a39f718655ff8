using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Turns the drafts of the line-by-line reading into candidates: every body with the blocks it has lines in, every
/// heading line with the block it was printed in (each kicker line on its own: a line read as a kicker may be
/// another article's title), and the headings no body took.
/// </summary>
internal static class ReadCandidates
{
    public static PageCandidates Apply(IReadOnlyList<ItemDraft> drafts, IReadOnlyList<(string Text, int Block)> leftoverHeadings)
    {
        var bodies = new List<BodyCandidate>();
        var headings = new List<(string Text, int Block, int Rank, int? Owner, bool Kicker, string? Subtitle)>();
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            // A title whose body went to another article (its columns were another's) is a candidate too.
            if (draft.HasBody)
                bodies.Add(new BodyCandidate(d, draft.Body.Select(l => l.Block).ToHashSet(), string.Concat(draft.Body.Select(l => l.Text)), draft.Kind == ItemKind.Photo));
            if (draft is not { Title: { } title, TitleBlock: { } block })
                continue;
            var kickers = draft.KickerUnits.Count > 0 || draft.Kicker is null ? draft.KickerUnits : [(draft.Kicker, block)];
            foreach (var (unit, rank) in kickers.Select((k, i) => (k, i)))
                headings.Add((unit.Text, Math.Min(unit.Block, block), rank, d, true, null));
            headings.Add((title, block, kickers.Count, d, false, draft.Subtitle));
        }
        foreach (var (text, block) in leftoverHeadings)
            headings.Add((text, block, 0, null, false, null));
        var ordered = headings.OrderBy(h => h.Block).ThenBy(h => h.Owner ?? int.MaxValue).ThenBy(h => h.Rank)
            .Select((h, i) => new HeadingCandidate(h.Text, h.Block, i, h.Owner, h.Kicker, h.Subtitle))
            .ToList();
        return new PageCandidates(ordered, bodies.OrderBy(b => b.FirstBlock).ToList());
    }
}
