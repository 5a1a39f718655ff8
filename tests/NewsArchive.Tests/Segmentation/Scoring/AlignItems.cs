using NewsArchive.Model;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// Pairs truth items with predicted items one to one by what their bodies share, not by position: an item
/// counted in the wrong place must not shift every later pair. Similarity is the Dice overlap of the
/// character bigrams of the joined paragraphs; the pairing maximises the total (Hungarian algorithm).
/// Items whose bodies share nothing stay unpaired.
/// </summary>
public static class AlignItems
{
    public static IReadOnlyList<(int Truth, int Predicted)> Pairs(IReadOnlyList<SegmentedItem> truth, IReadOnlyList<SegmentedItem> predicted)
    {
        if (truth.Count == 0 || predicted.Count == 0)
            return [];
        var truthBigrams = truth.Select(i => Bigrams(Body(i))).ToList();
        var predictedBigrams = predicted.Select(i => Bigrams(Body(i))).ToList();
        var n = Math.Max(truth.Count, predicted.Count);
        var similarity = new double[n, n];
        for (var t = 0; t < truth.Count; t++)
            for (var p = 0; p < predicted.Count; p++)
                similarity[t, p] = Dice(truthBigrams[t], predictedBigrams[p]);
        var assignment = Hungarian.MaximumAssignment(similarity);
        var pairs = new List<(int, int)>();
        for (var t = 0; t < truth.Count; t++)
        {
            var p = assignment[t];
            if (p < predicted.Count && similarity[t, p] > 0)
                pairs.Add((t, p));
        }
        return pairs;
    }

    /// <summary>The body as one string without spaces.</summary>
    public static string Body(SegmentedItem item) => Squeeze(string.Concat(item.Paragraphs));

    public static string Squeeze(string? text) => text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static Dictionary<string, int> Bigrams(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var bigram = text.Substring(i, 2);
            counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
        }
        if (text.Length == 1)
            counts[text] = 1;
        return counts;
    }

    public static double Dice(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
            return 0;
        var shared = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        return 2.0 * shared / total;
    }
}
