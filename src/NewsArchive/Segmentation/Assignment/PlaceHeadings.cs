using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Writes a chosen assignment into the drafts: each placed heading becomes its body's title (with the subtitle
/// printed under it), each line that is no title becomes the kicker of the title printed right after it (a kicker
/// stands over its title), and is a leftover when no title follows it.
/// </summary>
internal static class PlaceHeadings
{
    public static void Apply(List<ItemDraft> drafts, PageCandidates page, int[] best, List<string> leftovers)
    {
        var headings = page.Headings;
        foreach (var owner in headings.Where(h => h.Owner is not null).Select(h => h.Owner!.Value).Distinct())
        {
            var draft = drafts[owner];
            (draft.Kicker, draft.Title, draft.Subtitle, draft.TitleBlock) = (null, null, null, null);
            draft.KickerUnits.Clear();
        }
        var draftOf = new int?[headings.Count];
        for (var h = 0; h < headings.Count; h++)
        {
            if (best[h] < 0)
                continue;
            var draft = drafts[page.Bodies[best[h]].Draft];
            draftOf[h] = page.Bodies[best[h]].Draft;
            draft.Title = headings[h].Text;
            draft.TitleBlock = headings[h].Block;
            draft.Subtitle = headings[h].Subtitle;
            if (headings[h].Owner is null)
                leftovers.Remove(headings[h].Text);
        }
        for (var h = 0; h < headings.Count; h++)
        {
            if (best[h] >= 0)
                continue;
            var over = TitleAfter(page, h, draftOf);
            if (over is null && headings[h] is { Kicker: false, Owner: { } alone } && !drafts[alone].HasBody)
            {
                // A title no body wants stays where it was read, over no body.
                (drafts[alone].Title, drafts[alone].TitleBlock, drafts[alone].Subtitle) = (headings[h].Text, headings[h].Block, headings[h].Subtitle);
                continue;
            }
            if (over is not { } target)
            {
                if (headings[h].Owner is not null)
                    leftovers.Add(headings[h].Text);
                if (headings[h].Subtitle is { } lost)
                    leftovers.Add(lost);
                continue;
            }
            if (headings[h].Owner is null)
                leftovers.Remove(headings[h].Text);
            var draft = drafts[target];
            draft.KickerUnits.Add((headings[h].Text, headings[h].Block));
            draft.Kicker = string.Join(" ", draft.KickerUnits.Select(k => k.Text));
            if (headings[h].Subtitle is { } subtitle)
            {
                if (draft.Subtitle is null)
                    draft.Subtitle = subtitle;
                else
                    leftovers.Add(subtitle);
            }
        }
    }

    /// <summary>The draft of the first title after heading h in one run of headings (no body line between).</summary>
    private static int? TitleAfter(PageCandidates page, int h, int?[] draftOf)
    {
        for (var k = h; (k = page.NextAdjacent(k)) >= 0;)
        {
            if (draftOf[k] is { } d)
                return d;
        }
        return null;
    }
}
