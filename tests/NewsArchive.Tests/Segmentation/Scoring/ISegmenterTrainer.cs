using NewsArchive.Model;
using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// The seam for leave-one-family-out scoring: whatever a segmenter learns from pages (weights, thresholds) it
/// learns in <see cref="Fit"/>, from the training pages only; the scorer then runs the fitted segmenter on a
/// family it never saw. A rule set with nothing to fit returns itself.
/// </summary>
public interface ISegmenterTrainer
{
    Func<string, PageSegmentation> Fit(IReadOnlyList<CorpusPage> training);
}

/// <summary>Today's segmenter: fixed rules, so every fit is the same and LOFO equals the in-sample score.</summary>
public sealed class FrozenRules : ISegmenterTrainer
{
    public Func<string, PageSegmentation> Fit(IReadOnlyList<CorpusPage> training) => PageSegmenter.Segment;
}
