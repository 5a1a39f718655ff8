using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// A heading group as a Chinese newspaper sets it: kicker lines (引题) over one title, the title's ——subtitle under
/// it. <see cref="First"/>..<see cref="Title"/> are heading indexes in text order; <see cref="Rank"/> counts the
/// groups printed before it in the same run of headings (no body line between them), <see cref="RankFromEnd"/>
/// the groups after it.
/// </summary>
internal sealed record HeadingGroup(int First, int Title, int Rank, int RankFromEnd);

/// <summary>
/// Reads each run of adjacent headings as groups. A run of several titles is printed in the order of the bodies it
/// stands over (a 简讯 row, a strip of titles above or under several columns): the second group of a run titles the
/// second body after it, and under bodies the last group titles the nearest one. The rank lets the assignment
/// count distance from where each group's body is expected rather than from the run's edge.
/// </summary>
internal static class ReadHeadingGroups
{
    public static IReadOnlyList<HeadingGroup> Apply(PageCandidates page)
    {
        var groups = new List<HeadingGroup>();
        var h = 0;
        while (h < page.Headings.Count)
        {
            // One run: headings with no body line between them.
            var run = new List<(int First, int Title)>();
            var first = h;
            while (true)
            {
                var next = page.NextAdjacent(h);
                if (next >= 0 && IsKickerOf(page, h, next))
                {
                    h = next;
                    continue;
                }
                run.Add((first, h));
                if (next < 0)
                    break;
                h = first = next;
            }
            for (var g = 0; g < run.Count; g++)
                groups.Add(new HeadingGroup(run[g].First, run[g].Title, g, run.Count - 1 - g));
            h++;
        }
        return groups;
    }

    /// <summary>
    /// A kicker stands over a wider title: clearly shorter than the heading after it, or read as its kicker line by
    /// line and not the wider (a kicker is a place, a topic, a short phrase; never longer than its title).
    /// </summary>
    public static bool IsKickerOf(PageCandidates page, int h, int next)
    {
        var width = TextWidth.Of(page.Headings[h].Text);
        var nextWidth = TextWidth.Of(page.Headings[next].Text);
        return page.Headings[h].Subtitle is null && (width <= 0.6 * nextWidth || page.Headings[h].Kicker && width <= nextWidth);
    }
}
