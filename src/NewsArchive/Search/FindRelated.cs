namespace NewsArchive.Search;

/// <summary>
/// For every article, the articles that share the most distinctive of its keywords (the people, places, bodies and
/// topics enrichment picked for it), best first. A shared keyword weighs its inverse document frequency, so two
/// articles naming the same small township are kin and two naming the same province are barely so. Candidates come
/// from an in-memory inverted list of keywords, so the cost grows with the archive times the capped list length,
/// never with all pairs of articles. Equal scores go to the article nearest in date, then to archive order, so the
/// lists depend on the articles alone: the same on a clean and an incremental build, and on any thread count.
/// </summary>
public sealed class FindRelated(int count = FindRelated.Shown)
{
    /// <summary>
    /// Related rows an article page shows: three, not five (issue 22). Three rows let a reader follow a story, and the
    /// other two were 0.6 KB of every article page, some 40 MB of a 70,000-article site; search finds the rest.
    /// </summary>
    public const int Shown = 3;

    /// <summary>Related articles kept for each article, at most.</summary>
    public int Count => count;

    /// <summary>
    /// A keyword in more articles than this says nothing about kinship (a keyword in thousands of articles, such as a
    /// country or a paper's own city, links everything to everything) and would make the work quadratic: ignored.
    /// </summary>
    public const int MaxDocumentFrequency = 500;

    /// <summary>Below this archive size the cap is a share of the archive instead, so a small archive's common words stay out too.</summary>
    public const int CommonShare = 10;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Run(IReadOnlyList<ArticleDocument> documents, int parallelism)
    {
        var n = documents.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => documents[i].SortKey, StringComparer.Ordinal).ThenBy(i => documents[i].Id, StringComparer.Ordinal).ToArray();
        var rank = new int[n];
        for (var r = 0; r < n; r++) rank[order[r]] = r;
        var day = documents.Select(d => DayNumber(d.Date)).ToArray();

        // Term ids and postings in archive order, so every sum below adds the same numbers in the same order.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var termsOf = new int[n][];
        foreach (var i in order)
        {
            var terms = new List<int>();
            foreach (var keyword in documents[i].Keywords.Distinct(StringComparer.Ordinal))
            {
                if (keyword.Length == 0) continue;
                if (!ids.TryGetValue(keyword, out var t))
                {
                    ids[keyword] = t = postings.Count;
                    postings.Add([]);
                }
                postings[t].Add(i);
                terms.Add(t);
            }
            termsOf[i] = [.. terms];
        }
        var cap = Math.Min(MaxDocumentFrequency, Math.Max(2, n / CommonShare));
        var weight = postings.Select(p => p.Count < 2 || p.Count > cap ? 0.0 : Math.Log(1.0 + (double)n / p.Count)).ToArray();

        var result = new IReadOnlyList<string>[n];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            () => (Scores: new double[n], Touched: new List<int>()),
            (i, _, scratch) =>
            {
                var (scores, touched) = scratch;
                foreach (var t in termsOf[i])
                {
                    if (weight[t] == 0) continue;
                    foreach (var other in postings[t])
                    {
                        if (other == i) continue;
                        if (scores[other] == 0) touched.Add(other);
                        scores[other] += weight[t];
                    }
                }
                // Keep the best few while scanning: sorting every candidate would cost more than finding them.
                var best = new List<int>(count + 1);
                foreach (var o in touched)
                {
                    var at = best.Count;
                    while (at > 0 && Better(o, best[at - 1], i, scores, day, rank)) at--;
                    if (at >= count) continue;
                    best.Insert(at, o);
                    if (best.Count > count) best.RemoveAt(count);
                }
                result[i] = [.. best.Select(o => documents[o].Id)];
                foreach (var o in touched) scores[o] = 0;
                touched.Clear();
                return scratch;
            },
            _ => { });

        var byId = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++) byId[documents[i].Id] = result[i];
        return byId;
    }

    private static bool Better(int a, int b, int self, double[] scores, int[] day, int[] rank)
    {
        if (scores[a] != scores[b]) return scores[a] > scores[b];
        var da = Math.Abs((long)day[a] - day[self]);
        var db = Math.Abs((long)day[b] - day[self]);
        return da != db ? da < db : rank[a] < rank[b];
    }

    private static int DayNumber(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d.DayNumber : 0;
}
