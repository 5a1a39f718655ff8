using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Assignment;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// Fits the weights of the page-wide heading assignment on the training pages only: a deterministic coordinate
/// search, each weight in turn tried at a few multiples of its value, a change kept only when it raises the mean
/// page score strictly (ties keep the defaults, so a family that teaches nothing changes nothing).
/// </summary>
public sealed class FitAssignment(int passes = 2) : ISegmenterTrainer
{
    private static readonly double[] Factors = [0, 0.5, 2];

    private static readonly (string Name, Func<AssignmentSettings, double> Get, Func<AssignmentSettings, double, AssignmentSettings> Set)[] Weights =
    [
        ("lexical", s => s.Lexical, (s, v) => s with { Lexical = v }),
        ("distance", s => s.Distance, (s, v) => s with { Distance = v }),
        ("after", s => s.After, (s, v) => s with { After = v }),
        ("keep", s => s.Keep, (s, v) => s with { Keep = v }),
        ("kicker", s => s.KickerStays, (s, v) => s with { KickerStays = v }),
        ("photo", s => s.Photo, (s, v) => s with { Photo = v }),
    ];

    /// <summary>The settings of the last fit, for the report.</summary>
    public AssignmentSettings? Fitted { get; private set; }

    public Func<string, PageSegmentation> Fit(IReadOnlyList<CorpusPage> training)
    {
        var settings = Search(training, AssignmentSettings.Default, passes);
        Fitted = settings;
        return text => PageSegmenter.Segment(text, settings);
    }

    public static AssignmentSettings Search(IReadOnlyList<CorpusPage> training, AssignmentSettings start, int passes)
    {
        var best = start;
        var bestScore = Mean(training, best);
        for (var pass = 0; pass < passes; pass++)
        {
            var changed = false;
            foreach (var (_, get, set) in Weights)
            {
                var value = get(best);
                foreach (var factor in Factors)
                {
                    var candidate = set(best, Math.Round(value * factor, 4));
                    if (candidate == best)
                        continue;
                    var score = Mean(training, candidate);
                    if (score > bestScore + 1e-9)
                    {
                        (best, bestScore, changed) = (candidate, score, true);
                    }
                }
            }
            if (!changed)
                break;
        }
        return best;
    }

    private static double Mean(IReadOnlyList<CorpusPage> pages, AssignmentSettings settings) =>
        pages.Count == 0 ? 0 : pages.Average(p => ScorePage.Score(p.Truth, PageSegmenter.Segment(p.Text, settings).Items).Score);
}

/// <summary>The line-by-line reading alone, without the page-wide assignment: the segmenter before it, to compare.</summary>
public sealed class LineByLineRules : ISegmenterTrainer
{
    public Func<string, PageSegmentation> Fit(IReadOnlyList<CorpusPage> training) => text => PageSegmenter.Segment(text, null);
}
