namespace NewsArchive.Segmentation.Assignment;

/// <summary>Why a heading fits a body: the parts of its benefit, kept so a reading can be printed and tested.</summary>
internal sealed record HeadingFit(double Lexical, int Distance, bool After, bool Kept, double Benefit);

/// <summary>
/// Scores every heading on every body. A headline is a digest of its article: it names the same places, units,
/// people and numbers, so it shares distinctive character pairs with its own body and few with the others (a pair
/// several bodies hold counts for each only by its share). Distance counts the bodies printed between heading and
/// body, before or after it: pdftotext prints a title above, beside or under its body depending on geometry.
/// </summary>
internal static class ScoreHeadingFit
{
    public static HeadingFit[,] Apply(PageCandidates page, AssignmentSettings settings)
    {
        var headings = page.Headings;
        var bodies = page.Bodies;
        var bodyGrams = bodies.Select(b => Bigrams(b.Text)).ToList();
        var groupOf = new HeadingGroup[headings.Count];
        foreach (var group in ReadHeadingGroups.Apply(page))
        {
            for (var h = group.First; h <= group.Title; h++)
                groupOf[h] = group;
        }
        var fits = new HeadingFit[headings.Count, bodies.Count];
        for (var h = 0; h < headings.Count; h++)
        {
            var grams = Bigrams(headings[h].Words);
            var share = new double[bodies.Count];
            foreach (var gram in grams)
            {
                var holders = bodyGrams.Count(g => g.Contains(gram));
                // A pair every body holds (a common verb of the page) says nothing about which body is the heading's.
                if (holders == 0 || holders == bodies.Count && bodies.Count > 2)
                    continue;
                for (var b = 0; b < bodies.Count; b++)
                {
                    if (bodyGrams[b].Contains(gram))
                        share[b] += 1.0 / holders / grams.Count;
                }
            }
            for (var b = 0; b < bodies.Count; b++)
            {
                var distance = Distance(headings[h].Block, b, bodies, groupOf[h]);
                var after = headings[h].Block > bodies[b].LastBlock;
                // A kicker as a title is a new reading: it has no place the line-by-line reading gave it.
                var kept = headings[h].Owner == bodies[b].Draft && !headings[h].Kicker;
                var benefit = settings.Lexical * share[b] - settings.Distance * distance - (after ? settings.After : 0)
                    + (kept ? settings.Keep : 0) - (bodies[b].Photo && !kept ? settings.Photo : 0);
                fits[h, b] = new HeadingFit(share[b], distance, after, kept, benefit);
            }
        }
        return fits;
    }

    /// <summary>
    /// How many other bodies begin (heading above) or end (heading below) between the heading and the body, against
    /// how many its group's place in a run of headings expects: the groups before it title the bodies before its own.
    /// </summary>
    private static int Distance(int block, int b, IReadOnlyList<BodyCandidate> bodies, HeadingGroup group)
    {
        var body = bodies[b];
        // A run with more groups than bodies on its side is no strip of titles: its rank expects nothing.
        if (block < body.FirstBlock)
            return Math.Abs(bodies.Count(c => c != body && c.FirstBlock > block && c.FirstBlock < body.FirstBlock)
                - Math.Min(group.Rank, bodies.Count(c => c.FirstBlock > block) - 1));
        if (block > body.LastBlock)
            return Math.Abs(bodies.Count(c => c != body && c.LastBlock < block && c.LastBlock > body.LastBlock)
                - Math.Min(group.RankFromEnd, bodies.Count(c => c.LastBlock < block) - 1));
        return 0;
    }

    /// <summary>Adjacent pairs of Han characters, letters and digits, ignoring spaces and punctuation between them.</summary>
    internal static HashSet<string> Bigrams(string text)
    {
        var chars = text.Where(c => Chinese.IsHan(c) || char.IsLetterOrDigit(c)).Select(char.ToLowerInvariant).ToArray();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < chars.Length; i++)
            grams.Add(new string([chars[i], chars[i + 1]]));
        return grams;
    }
}
