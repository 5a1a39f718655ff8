using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Decides globally which article each column of body text continues. pdftotext prints a page's blocks in an
/// order set by geometry, so the columns of neighbouring articles interleave and a column without a dateline is
/// read as the next column of whatever article came before it. An article keeps naming its own places, units,
/// people and products, so a column shares distinctive character pairs with the rest of its own article: each
/// column that does not open an article goes to the article whose text it shares most with, the line-by-line
/// reading breaking near ties. A draft with nothing that opens an article (no dateline, byline, credit, kind)
/// may lose every column and vanish.
/// </summary>
internal static class ReassignColumns
{
    public static void Apply(List<ItemDraft> drafts, AssignmentSettings settings)
    {
        if (settings.Column <= 0)
            return;
        var segments = new List<(int Draft, int Block, List<BodyLine> Lines, bool Fixed)>();
        for (var d = 0; d < drafts.Count; d++)
        {
            var groups = drafts[d].Body.GroupBy(l => l.Block).ToList();
            for (var g = 0; g < groups.Count; g++)
                segments.Add((d, groups[g].Key, groups[g].ToList(), g == 0 && Anchored(drafts[d])));
        }
        if (segments.Count(s => !s.Fixed) == 0 || drafts.Count(Anchored) < 2)
            return;
        var grams = segments.Select(s => ScoreHeadingFit.Bigrams(string.Concat(s.Lines.Select(l => l.Text)))).ToList();
        var target = segments.Select(s => s.Draft).ToArray();
        var candidates = Enumerable.Range(0, drafts.Count).Where(d => Anchored(drafts[d])).ToList();
        for (var s = 0; s < segments.Count; s++)
        {
            if (segments[s].Fixed || grams[s].Count == 0)
                continue;
            // The rest of each article, without this column.
            var articleGrams = candidates.ToDictionary(d => d, d => new HashSet<string>(
                Enumerable.Range(0, segments.Count).Where(o => o != s && segments[o].Draft == d).SelectMany(o => grams[o]), StringComparer.Ordinal));
            var best = segments[s].Draft;
            var bestScore = Score(s, best);
            foreach (var d in candidates)
            {
                var score = Score(s, d);
                if (score > bestScore)
                    (best, bestScore) = (d, score);
            }
            target[s] = best;

            double Score(int seg, int d)
            {
                if (!articleGrams.TryGetValue(d, out var own))
                    return d == segments[seg].Draft ? settings.ColumnKeep : double.NegativeInfinity;
                var share = 0.0;
                foreach (var gram in grams[seg])
                {
                    var holders = articleGrams.Values.Count(a => a.Contains(gram));
                    // Only pairs few articles hold tell articles apart; the page's common phrases do not.
                    if (holders is > 0 and <= 2 && own.Contains(gram))
                        share += 1.0 / holders;
                }
                return settings.Column * share / grams[seg].Count + (d == segments[seg].Draft ? settings.ColumnKeep : 0);
            }
        }
        if (target.SequenceEqual(segments.Select(s => s.Draft)))
            return;
        foreach (var draft in drafts)
            draft.Body.Clear();
        // Each article's columns in text order: the order pdftotext printed them.
        foreach (var (seg, s) in segments.Select((seg, s) => (seg, s)).OrderBy(x => x.seg.Block))
            drafts[target[s]].Body.AddRange(seg.Lines);
    }

    /// <summary>A draft something opened: a dateline, a byline or credit, a kind, a continuation note, a brief's place.</summary>
    private static bool Anchored(ItemDraft draft) =>
        draft.Dateline is not null || draft.Byline is not null || draft.Kind is not null || draft.Brief
        || draft.Continuations.Count > 0 || draft.Extra.Count > 0 || draft.Captions.Count > 0;
}
