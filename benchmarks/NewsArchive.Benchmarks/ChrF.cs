namespace NewsArchive.Benchmarks;

/// <summary>
/// chrF as sacreBLEU 2.x computes it by default (char_order 6, word_order 0, beta 2, case-sensitive,
/// whitespace=False: all whitespace is removed before character n-grams are taken). Corpus score: the
/// [hypothesis, reference, match] n-gram counts of every sentence are summed per order, precision and recall
/// are averaged over the orders where both sides have n-grams (effective order), then F-beta, times 100.
/// </summary>
public sealed class ChrF
{
    public const int Order = 6;
    public const double Beta = 2;
    private readonly long[] _stats = new long[3 * Order];

    public void Add(string hypothesis, string reference)
    {
        var hyp = string.Concat(hypothesis.Where(c => !char.IsWhiteSpace(c)));
        var refText = string.Concat(reference.Where(c => !char.IsWhiteSpace(c)));
        for (var n = 1; n <= Order; n++)
        {
            var h = Grams(hyp, n);
            var r = Grams(refText, n);
            var match = h.Sum(g => Math.Min(g.Value, r.GetValueOrDefault(g.Key)));
            // sacreBLEU counts no hypothesis n-grams of an order the reference lacks.
            _stats[3 * (n - 1)] += r.Count > 0 ? h.Values.Sum() : 0;
            _stats[3 * (n - 1) + 1] += r.Values.Sum();
            _stats[3 * (n - 1) + 2] += match;
        }
    }

    public double Score()
    {
        double precision = 0, recall = 0;
        var effective = 0;
        for (var i = 0; i < Order; i++)
        {
            var (hyp, refs, match) = (_stats[3 * i], _stats[3 * i + 1], _stats[3 * i + 2]);
            if (hyp > 0 && refs > 0)
            {
                precision += (double)match / hyp;
                recall += (double)match / refs;
                effective++;
            }
        }
        if (effective == 0)
            return 0;
        precision /= effective;
        recall /= effective;
        if (precision + recall == 0)
            return 0;
        var factor = Beta * Beta;
        return 100 * (1 + factor) * precision * recall / (factor * precision + recall);
    }

    private static Dictionary<string, int> Grams(string s, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= s.Length; i++)
        {
            var g = s.Substring(i, n);
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }
        return grams;
    }
}
