namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// How well one page was segmented, 0 to 1 (see tests/NewsArchive.Tests/Pages/SCORE.md): the aligned pairs' scores
/// summed and divided by the larger of the two item counts, so a missing or an invented item costs a whole item.
/// </summary>
public sealed record PageScore(
    double Score,
    int TruthItems,
    int PredictedItems,
    int TruthTitles,
    int TitlesExactlyRight,
    IReadOnlyList<PairScore> Pairs)
{
    public static PageScore Perfect { get; } = new(1, 0, 0, 0, 0, []);

    /// <summary>
    /// Issue 17's "right item for item": as many items as the truth, each paired, and every field the issue names
    /// (all but the body's characters) exactly right.
    /// </summary>
    public bool RightItemForItem =>
        TruthItems == PredictedItems && Pairs.Count == TruthItems
        && Pairs.All(p => p.Fields.Where(f => f.Key != "bodyText").All(f => f.Value >= 0.9995));
}

/// <summary>One truth item aligned to one predicted item, and the score of each field (0 to 1).</summary>
public sealed record PairScore(int Truth, int Predicted, IReadOnlyDictionary<string, double> Fields)
{
    /// <summary>The fields of a pair, in the order SCORE.md lists them.</summary>
    public static readonly IReadOnlyList<string> FieldNames =
        ["kind", "kicker", "title", "subtitle", "reporters", "photographers", "paragraphStarts", "captions", "bodyText"];

    public double Score => Fields.Values.Average();
}
