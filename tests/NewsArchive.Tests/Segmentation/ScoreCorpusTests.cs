using NewsArchive.Model;
using NewsArchive.Tests.Segmentation.Scoring;

namespace NewsArchive.Tests.Segmentation;

/// <summary>Leave-one-family-out must mean it: no family is scored by a fit that saw it, and sealed families are never fitted on.</summary>
public sealed class ScoreCorpusTests
{
    /// <summary>"Learns" the bodies of its training pages: it segments a page right only if it was trained on it.</summary>
    private sealed class Memorizer : ISegmenterTrainer
    {
        public List<IReadOnlyList<string>> Fits { get; } = [];

        public Func<string, PageSegmentation> Fit(IReadOnlyList<CorpusPage> training)
        {
            Fits.Add([.. training.Select(p => p.Family).Distinct().Order(StringComparer.Ordinal)]);
            var known = training.ToDictionary(p => p.Text, p => p.Truth);
            return text => new PageSegmentation
            {
                Items = known.TryGetValue(text, out var truth) ? truth : [new SegmentedItem { Kind = ItemKind.News, Paragraphs = [text] }],
            };
        }
    }

    private static CorpusPage Page(string family, int n)
    {
        var body = $"{family}第{n}页的正文，只在这一页出现。";
        return new CorpusPage(family, $"{family}-{n}", body + "另一篇" + n, [
            new SegmentedItem { Kind = ItemKind.News, Title = "甲" + n, Paragraphs = [body] },
            new SegmentedItem { Kind = ItemKind.Brief, Title = "乙" + n, Paragraphs = ["另一篇" + n] },
        ]);
    }

    private static readonly CorpusPage[] Corpus = [Page("a", 1), Page("a", 2), Page("b", 1), Page("c", 1), Page("sealed", 1)];

    [Fact]
    public void A_memorising_segmenter_is_perfect_in_sample_and_exposed_by_leave_one_family_out()
    {
        var score = new ScoreCorpus(new Memorizer()).Run(Corpus, new HashSet<string> { "sealed" });

        Assert.Equal(1, score.InSample, 9);
        Assert.True(score.LeaveFamilyOut < 0.5, $"{score.LeaveFamilyOut}");
        Assert.True(score.HeldOutMean < 0.5, $"{score.HeldOutMean}");
    }

    [Fact]
    public void Sealed_families_never_reach_the_trainer_and_each_dev_family_is_left_out_once()
    {
        var trainer = new Memorizer();

        new ScoreCorpus(trainer).Run(Corpus, new HashSet<string> { "sealed" });

        Assert.DoesNotContain(trainer.Fits, f => f.Contains("sealed"));
        Assert.Contains(trainer.Fits, f => f.SequenceEqual(["a", "b", "c"]));
        foreach (var left in new[] { "a", "b", "c" })
            Assert.Contains(trainer.Fits, f => !f.Contains(left) && f.Count == 2);
    }

    [Fact]
    public void Families_report_their_pages_and_titles()
    {
        var score = new ScoreCorpus(new FrozenRules()).Run(Corpus, new HashSet<string> { "sealed" });

        var a = Assert.Single(score.Families, f => f.Family == "a");
        Assert.Equal(2, a.Pages);
        Assert.Equal(4, a.TruthTitles);
        Assert.True(Assert.Single(score.Families, f => f.Family == "sealed").HeldOut);
    }
}
