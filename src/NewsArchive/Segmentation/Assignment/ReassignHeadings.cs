using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Where the reading put one heading (a draft index, or null), why, how far ahead of the best reading that puts
/// it elsewhere, and what that other reading titles differently (draft, title).
/// </summary>
internal sealed record HeadingDecision(HeadingCandidate Heading, int? Draft, HeadingFit? Fit, double Margin, IReadOnlyList<(int Draft, string? Title)> Alternative);

/// <summary>
/// Decides globally which body each heading belongs to: the line-by-line reading proposes, the whole page disposes.
/// The assignment with the largest total benefit (<see cref="ScoreHeadingFit"/>) is chosen; a title that moves takes
/// its kicker and subtitle along, and a heading no body took becomes the title of an untitled body when the words
/// say so. Each heading's margin is the loss of the best reading that puts it anywhere else.
/// </summary>
internal static class ReassignHeadings
{
    /// <summary>Margins are capped: beyond this a reading is simply clear.</summary>
    public const double ClearMargin = 99;

    public static IReadOnlyList<HeadingDecision> Apply(List<ItemDraft> drafts, IReadOnlyList<(string Text, int Block)> leftoverHeadings,
        List<string> leftovers, AssignmentSettings settings)
    {
        var page = ReadCandidates.Apply(drafts, leftoverHeadings);
        if (page.Headings.Count == 0 || page.Bodies.Count == 0)
            return [];
        var fits = ScoreHeadingFit.Apply(page, settings);
        var benefit = new double[page.Headings.Count, page.Bodies.Count];
        for (var h = 0; h < page.Headings.Count; h++)
            for (var b = 0; b < page.Bodies.Count; b++)
                benefit[h, b] = fits[h, b].Benefit;
        // A title stays a title: only a heading no body took may stay unplaced (it is then a leftover, as before).
        var unplaced = page.Headings.Select(h => h.Owner is null ? 0.0 : SolveAssignment.Impossible).ToArray();
        var (best, total) = SolveAssignment.Apply(benefit, unplaced);

        var decisions = new List<HeadingDecision>();
        for (var h = 0; h < page.Headings.Count; h++)
        {
            if (best[h] < 0)
            {
                decisions.Add(new HeadingDecision(page.Headings[h], null, null, ClearMargin, []));
                continue;
            }
            var (other, otherTotal) = SolveAssignment.Apply(benefit, unplaced, (h, best[h]));
            var margin = Math.Min(ClearMargin, total - otherTotal);
            decisions.Add(new HeadingDecision(page.Headings[h], page.Bodies[best[h]].Draft, fits[h, best[h]], margin,
                Differences(page, best, other)));
        }
        Move(drafts, page, best, leftovers);
        return decisions;
    }

    /// <summary>The bodies another reading titles differently, with the title it gives them (null: none).</summary>
    private static List<(int Draft, string? Title)> Differences(PageCandidates page, int[] best, int[] other)
    {
        var result = new List<(int, string?)>();
        foreach (var body in page.Bodies.Select((b, i) => (b, i)))
        {
            var was = Array.IndexOf(best, body.i);
            var now = Array.IndexOf(other, body.i);
            if (was != now)
                result.Add((body.b.Draft, now < 0 ? null : page.Headings[now].Text));
        }
        return result.OrderBy(r => r.Item1).ToList();
    }

    private static void Move(List<ItemDraft> drafts, PageCandidates page, int[] best, List<string> leftovers)
    {
        var moving = new List<(int Target, string? Kicker, string Title, string? Subtitle, int Block)>();
        for (var h = 0; h < page.Headings.Count; h++)
        {
            var heading = page.Headings[h];
            if (best[h] < 0 || page.Bodies[best[h]].Draft == heading.Owner)
                continue;
            var target = page.Bodies[best[h]].Draft;
            if (heading.Owner is { } owner)
            {
                var from = drafts[owner];
                moving.Add((target, from.Kicker, heading.Text, from.Subtitle, heading.Block));
                from.Kicker = null;
                from.Title = null;
                from.Subtitle = null;
                from.TitleBlock = null;
            }
            else
            {
                leftovers.Remove(heading.Text);
                moving.Add((target, null, heading.Text, null, heading.Block));
            }
        }
        foreach (var (target, kicker, title, subtitle, block) in moving)
        {
            var to = drafts[target];
            to.Kicker = kicker;
            to.Title = title;
            to.Subtitle = subtitle;
            to.TitleBlock = block;
        }
    }
}
