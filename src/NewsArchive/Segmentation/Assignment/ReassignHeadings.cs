using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Where the reading put one heading (a draft index, or null when it is no title), why, how far ahead of the best
/// reading that puts it elsewhere, and what that other reading titles differently (draft, title).
/// </summary>
internal sealed record HeadingDecision(HeadingCandidate Heading, int? Draft, HeadingFit? Fit, double Margin, IReadOnlyList<(int Draft, string? Title)> Alternative);

/// <summary>
/// Decides globally which body each heading line is the title of: the line-by-line reading proposes, the whole
/// page disposes. The assignment with the largest total benefit (<see cref="ScoreHeadingFit"/>) is chosen, each
/// body taking at most one title; a line that is no title is a kicker when a wider heading follows it, and sits
/// over that title (<see cref="PlaceHeadings"/>). Each heading's margin is what the best reading that puts it
/// anywhere else loses.
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
        var unplaced = Enumerable.Range(0, page.Headings.Count).Select(h => NoTitle(page, h, settings)).ToArray();
        var (best, total) = SolveAssignment.Apply(benefit, unplaced);

        var decisions = new List<HeadingDecision>();
        for (var h = 0; h < page.Headings.Count; h++)
        {
            var (other, otherTotal) = SolveAssignment.Apply(benefit, unplaced, (h, best[h]));
            var margin = Math.Min(ClearMargin, total - otherTotal);
            decisions.Add(best[h] < 0
                ? new HeadingDecision(page.Headings[h], null, null, margin, [])
                : new HeadingDecision(page.Headings[h], page.Bodies[best[h]].Draft, fits[h, best[h]], margin, Differences(page, best, other)));
        }
        PlaceHeadings.Apply(drafts, page, best, leftovers);
        return decisions;
    }

    /// <summary>
    /// The benefit of a heading being no article's title: a line with a wider heading right after it is a kicker (a
    /// place name, a column label over its title); a heading no body took may stay a leftover; a title of the
    /// line-by-line reading with nothing to sit over must be some article's title.
    /// </summary>
    private static double NoTitle(PageCandidates page, int h, AssignmentSettings settings)
    {
        var next = page.NextAdjacent(h);
        if (next >= 0 && ReadHeadingGroups.IsKickerOf(page, h, next))
            return settings.KickerStays;
        return page.Headings[h].Owner is not { } owner || !page.Bodies.Any(b => b.Draft == owner) ? 0 : -settings.Keep - settings.Lexical;
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
}
