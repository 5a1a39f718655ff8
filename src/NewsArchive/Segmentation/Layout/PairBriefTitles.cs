namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Pairs a run of 简讯 titles with the bodies of the same column when the titles were set in a flow of their own
/// (bold, side by side) and pdftotext printed them all together, before or after the bodies. A brief's title
/// is a digest of its body: it names the same place, unit, brand or topic, so a title shares distinctive
/// characters with its own body and few with the others. Content decides first; order decides what content
/// does not, keeping titles in the order of their bodies, as the column prints them. Fewer titles than bodies
/// leave the bodies no title fits untitled.
/// </summary>
internal static class PairBriefTitles
{
    /// <summary>
    /// The body index for each title (-1 when none is left), same length as <paramref name="titles"/>.
    /// </summary>
    public static int[] Apply(IReadOnlyList<string> titles, IReadOnlyList<string> bodies)
    {
        var result = Enumerable.Repeat(-1, titles.Count).ToArray();
        if (titles.Count == 0 || bodies.Count == 0)
            return result;
        var score = Scores(titles, bodies);
        var bodyTaken = new bool[bodies.Count];

        // Content: a title and a body that are each other's clear best match belong together.
        for (var t = 0; t < titles.Count; t++)
        {
            var b = ClearBest(Enumerable.Range(0, bodies.Count).Select(x => score[t, x]).ToArray());
            if (b < 0 || ClearBest(Enumerable.Range(0, titles.Count).Select(x => score[x, b]).ToArray()) != t)
                continue;
            result[t] = b;
            bodyTaken[b] = true;
        }

        // Order: each remaining title takes the first free body after the body of the title printed before it.
        for (var t = 0; t < titles.Count; t++)
        {
            if (result[t] >= 0)
                continue;
            var after = -1;
            for (var p = t - 1; p >= 0; p--)
            {
                if (result[p] >= 0)
                {
                    after = result[p];
                    break;
                }
            }
            var before = bodies.Count;
            for (var q = t + 1; q < titles.Count; q++)
            {
                if (result[q] >= 0)
                {
                    before = result[q];
                    break;
                }
            }
            var pick = FirstFree(bodyTaken, after + 1, before);
            if (pick < 0)
                pick = FirstFree(bodyTaken, 0, bodies.Count);
            if (pick < 0)
                continue;
            result[t] = pick;
            bodyTaken[pick] = true;
        }
        return result;
    }

    private static int FirstFree(bool[] taken, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, taken.Length); i++)
        {
            if (!taken[i])
                return i;
        }
        return -1;
    }

    /// <summary>The index of the highest score when it is at least one distinctive bigram ahead of all others.</summary>
    private static int ClearBest(double[] scores)
    {
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (best < 0 || scores[i] > scores[best])
                best = i;
        }
        if (best < 0 || scores[best] < 1.0)
            return -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (i != best && scores[best] - scores[i] < 1.0)
                return -1;
        }
        return best;
    }

    /// <summary>
    /// The title's bigrams found in each body, each weighted by how few of the bodies hold it: a bigram every
    /// brief shares (a common verb of the column) says nothing about which body is the title's own.
    /// </summary>
    internal static double[,] Scores(IReadOnlyList<string> titles, IReadOnlyList<string> bodies)
    {
        var bodyGrams = bodies.Select(Bigrams).ToList();
        var score = new double[titles.Count, bodies.Count];
        for (var t = 0; t < titles.Count; t++)
        {
            foreach (var gram in Bigrams(titles[t]))
            {
                var holders = bodyGrams.Count(g => g.Contains(gram));
                if (holders == 0 || holders == bodies.Count && bodies.Count > 1)
                    continue;
                for (var b = 0; b < bodies.Count; b++)
                {
                    if (bodyGrams[b].Contains(gram))
                        score[t, b] += 1.0 / holders;
                }
            }
        }
        return score;
    }

    /// <summary>Adjacent pairs of Han characters, letters and digits, ignoring spaces and punctuation between them.</summary>
    private static HashSet<string> Bigrams(string text)
    {
        var chars = text.Where(c => Chinese.IsHan(c) || char.IsLetterOrDigit(c)).Select(char.ToLowerInvariant).ToArray();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < chars.Length; i++)
            grams.Add(new string([chars[i], chars[i + 1]]));
        return grams;
    }
}
