using NewsArchive.Model;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// Every page's score, with the segmenter that produced it fitted with or without the page's family, and the
/// confidence the in-sample segmenter gave the page (null when it gave none).
/// </summary>
public sealed record ScoredPage(CorpusPage Page, bool HeldOut, PageScore InSample, PageScore LeaveFamilyOut, PageConfidence? Confidence = null)
{
    /// <summary>Whether the segmentation flagged the page for a librarian's review.</summary>
    public bool Flagged => Confidence?.Flagged ?? false;
}

/// <summary>A family's pages averaged: in-sample, leave-one-family-out, and titles exactly right.</summary>
public sealed record FamilyScore(string Family, bool HeldOut, int Pages, double Mean, double LeaveFamilyOut, int TruthTitles, int TitlesExactlyRight);

public sealed record CorpusScore(IReadOnlyList<ScoredPage> Pages, IReadOnlyList<FamilyScore> Families)
{
    /// <summary>Mean page score over the dev families, segmenter fitted on all of them.</summary>
    public double InSample => Mean(Pages.Where(p => !p.HeldOut).Select(p => p.InSample.Score));

    /// <summary>Mean page score over the dev families, each scored by a segmenter fitted without it.</summary>
    public double LeaveFamilyOut => Mean(Pages.Where(p => !p.HeldOut).Select(p => p.LeaveFamilyOut.Score));

    /// <summary>Mean page score over the sealed families, segmenter fitted on the dev families only.</summary>
    public double HeldOutMean => Mean(Pages.Where(p => p.HeldOut).Select(p => p.InSample.Score));

    public static double Mean(IEnumerable<double> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }
}

/// <summary>
/// Scores a corpus family by family. The held-out families never reach <see cref="ISegmenterTrainer.Fit"/>;
/// for leave-one-family-out each dev family is scored by a segmenter fitted on the other dev families.
/// </summary>
public sealed class ScoreCorpus(ISegmenterTrainer trainer)
{
    public CorpusScore Run(IReadOnlyList<CorpusPage> pages, IReadOnlySet<string> heldOut)
    {
        var dev = pages.Where(p => !heldOut.Contains(p.Family)).ToList();
        var all = trainer.Fit(dev);
        var scored = new List<ScoredPage>();
        var families = new List<FamilyScore>();
        foreach (var family in pages.GroupBy(p => p.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sealedFamily = heldOut.Contains(family.Key);
            var without = sealedFamily ? all : trainer.Fit([.. dev.Where(p => p.Family != family.Key)]);
            var familyPages = family.Select(p =>
            {
                var segmentation = all(p.Text);
                var inSample = ScorePage.Score(p.Truth, segmentation.Items);
                return new ScoredPage(p, sealedFamily, inSample, sealedFamily ? inSample : Score(without, p), segmentation.Confidence);
            }).ToList();
            scored.AddRange(familyPages);
            families.Add(new FamilyScore(
                family.Key,
                sealedFamily,
                familyPages.Count,
                CorpusScore.Mean(familyPages.Select(p => p.InSample.Score)),
                CorpusScore.Mean(familyPages.Select(p => p.LeaveFamilyOut.Score)),
                familyPages.Sum(p => p.InSample.TruthTitles),
                familyPages.Sum(p => p.InSample.TitlesExactlyRight)));
        }
        return new CorpusScore(scored, families);
    }

    private static PageScore Score(Func<string, PageSegmentation> segment, CorpusPage page) =>
        ScorePage.Score(page.Truth, segment(page.Text).Items);
}
