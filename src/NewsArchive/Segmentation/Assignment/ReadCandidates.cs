using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Turns the drafts of the line-by-line reading into candidates: every body with the blocks it spans, every title
/// (with its kicker and subtitle) with the block it was printed in, and the headings no body took.
/// </summary>
internal static class ReadCandidates
{
    public static PageCandidates Apply(IReadOnlyList<ItemDraft> drafts, IReadOnlyList<(string Text, int Block)> leftoverHeadings)
    {
        var bodies = new List<BodyCandidate>();
        var headings = new List<HeadingCandidate>();
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (!draft.HasBody)
                continue;
            var text = string.Concat(draft.Body.Select(l => l.Text));
            bodies.Add(new BodyCandidate(d, draft.Body.Min(l => l.Block), draft.Body.Max(l => l.Block), text, draft.Kind == ItemKind.Photo));
            if (draft is { Title: { } title, TitleBlock: { } block })
                headings.Add(new HeadingCandidate(title, block, d, string.Join(" ", new[] { draft.Kicker, title, draft.Subtitle }.Where(s => s is not null))));
        }
        foreach (var (text, block) in leftoverHeadings)
            headings.Add(new HeadingCandidate(text, block, null, text));
        return new PageCandidates(headings.OrderBy(h => h.Block).ToList(), bodies.OrderBy(b => b.FirstBlock).ToList());
    }
}
