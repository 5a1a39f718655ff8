namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// Weighted PageRank over an undirected graph (Mihalcea and Tarau's TextRank). A fixed number of iterations
/// and index-ordered sums keep the scores identical from run to run.
/// </summary>
public static class TextRank
{
    public static double[] Rank(double[,] weights, double damping = 0.85, int iterations = 40)
    {
        var n = weights.GetLength(0);
        var scores = new double[n];
        if (n == 0)
            return scores;
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                outSum[i] += weights[i, j];
        Array.Fill(scores, 1.0);
        var next = new double[n];
        for (var it = 0; it < iterations; it++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                    if (weights[j, i] > 0 && outSum[j] > 0)
                        sum += weights[j, i] / outSum[j] * scores[j];
                next[i] = 1 - damping + damping * sum;
            }
            (scores, next) = (next, scores);
        }
        return scores;
    }
}
