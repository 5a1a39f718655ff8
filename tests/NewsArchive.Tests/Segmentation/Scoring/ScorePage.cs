using NewsArchive.Model;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// Scores a predicted segmentation of one page against its truth, as SCORE.md defines it. Pure and
/// deterministic; it never looks at the page text, only at the two lists of items.
/// </summary>
public static class ScorePage
{
    /// <summary>Paragraphs are compared by their first characters: where they start, not what they hold.</summary>
    public const int ParagraphStartLength = 8;

    public static PageScore Score(IReadOnlyList<SegmentedItem> truth, IReadOnlyList<SegmentedItem> predicted)
    {
        var denominator = Math.Max(truth.Count, predicted.Count);
        if (denominator == 0)
            return PageScore.Perfect;
        var pairs = AlignItems.Pairs(truth, predicted)
            .Select(p => new PairScore(p.Truth, p.Predicted, Fields(truth[p.Truth], predicted[p.Predicted])))
            .ToList();
        var truthTitles = truth.Count(t => AlignItems.Squeeze(t.Title).Length > 0);
        var titlesRight = pairs.Count(p => AlignItems.Squeeze(truth[p.Truth].Title) is { Length: > 0 } title
            && title == AlignItems.Squeeze(predicted[p.Predicted].Title));
        return new PageScore(pairs.Sum(p => p.Score) / denominator, truth.Count, predicted.Count, truthTitles, titlesRight, pairs);
    }

    public static IReadOnlyDictionary<string, double> Fields(SegmentedItem truth, SegmentedItem predicted) =>
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["kind"] = truth.Kind == predicted.Kind ? 1 : 0,
            ["kicker"] = Exact(truth.Kicker, predicted.Kicker),
            ["title"] = Exact(truth.Title, predicted.Title),
            ["subtitle"] = Exact(truth.Subtitle, predicted.Subtitle),
            ["reporters"] = SetF1(truth.Reporters, predicted.Reporters),
            ["photographers"] = SetF1(truth.Photographers, predicted.Photographers),
            ["paragraphStarts"] = SetF1(Starts(truth), Starts(predicted), multiset: true),
            ["captions"] = SetF1(truth.Captions, predicted.Captions),
            ["bodyText"] = CharacterF1(AlignItems.Body(truth), AlignItems.Body(predicted)),
        };

    /// <summary>Equal once whitespace is removed; absent and empty are the same, and both absent is right.</summary>
    public static double Exact(string? truth, string? predicted) => AlignItems.Squeeze(truth) == AlignItems.Squeeze(predicted) ? 1 : 0;

    /// <summary>F1 of two lists as sets (or multisets) of whitespace-free strings; both empty is right.</summary>
    public static double SetF1(IEnumerable<string> truth, IEnumerable<string> predicted, bool multiset = false)
    {
        var t = Counts(truth, multiset);
        var p = Counts(predicted, multiset);
        var total = t.Values.Sum() + p.Values.Sum();
        if (total == 0)
            return 1;
        var shared = t.Sum(kv => Math.Min(kv.Value, p.GetValueOrDefault(kv.Key)));
        return 2.0 * shared / total;
    }

    /// <summary>F1 of the two texts' characters counted as multisets; both empty is right.</summary>
    public static double CharacterF1(string truth, string predicted)
    {
        if (truth.Length + predicted.Length == 0)
            return 1;
        var counts = new Dictionary<char, int>();
        foreach (var c in truth)
            counts[c] = counts.GetValueOrDefault(c) + 1;
        var shared = 0;
        foreach (var c in predicted)
        {
            if (counts.GetValueOrDefault(c) > 0)
            {
                counts[c]--;
                shared++;
            }
        }
        return 2.0 * shared / (truth.Length + predicted.Length);
    }

    private static IEnumerable<string> Starts(SegmentedItem item) =>
        item.Paragraphs.Select(AlignItems.Squeeze).Where(p => p.Length > 0)
            .Select(p => p.Length <= ParagraphStartLength ? p : p[..ParagraphStartLength]);

    private static Dictionary<string, int> Counts(IEnumerable<string> items, bool multiset)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items.Select(AlignItems.Squeeze).Where(s => s.Length > 0))
            counts[item] = multiset ? counts.GetValueOrDefault(item) + 1 : 1;
        return counts;
    }
}
