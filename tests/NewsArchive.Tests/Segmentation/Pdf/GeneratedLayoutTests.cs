using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Scoring;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// Pages from the second producer (<see cref="GeneratedPdf"/>), hundreds of seeded layouts with their truth known
/// by construction, read back through PdfPig and segmented: the score (SCORE.md) must stay above a floor, and
/// every page's text must be accounted for.
/// </summary>
public sealed class GeneratedLayoutTests(ITestOutputHelper output)
{
    public const int Pages = 200;

    /// <summary>The mean page score of the generated layouts must not fall below this (measured 2025: see BENCHMARKS.md).</summary>
    public const double ScoreFloor = 0.80;

    private static readonly Lazy<(List<GeneratedLayout> Layouts, byte[] Pdf)> Made = new(() =>
    {
        var layouts = Enumerable.Range(1, Pages).Select(seed => new LayoutWriter(new Random(seed)).Page()).ToList();
        return (layouts, GeneratedPdf.Document(layouts));
    });

    [Fact]
    public void Seeded_layouts_from_a_second_producer_segment_above_the_score_floor_with_nothing_lost()
    {
        Assert.True(GeneratedPdf.FontsInstalled, "Debian's CJK fonts are missing: run scripts/setup.sh");
        var (layouts, pdf) = Made.Value;
        using var document = PdfDocument.Open(pdf);
        var scores = new List<double>();
        var problems = new List<string>();
        for (var i = 0; i < layouts.Count; i++)
        {
            var content = ReadPdfPage.Read(document.GetPage(i + 1));
            var result = SegmentPdfPage.Segment(content);
            Assert.Equal(PdfTextLayer.Read, result.TextLayer);
            var score = ScorePage.Score(layouts[i].Truth, result.Segmentation.Items);
            scores.Add(score.Score);
            if (result.Segmentation.Leftovers.Count > 0 || !TextAccounting.Check(result.Text, result.Segmentation).Holds)
                problems.Add($"seed {i + 1}: text not accounted for: {string.Join(" ", result.Segmentation.Leftovers)}");
            if (score.Score < 0.6)
                output.WriteLine($"seed {i + 1}: {score.Score:0.000} ({score.PredictedItems} items, {score.TruthItems} true)");
        }
        var mean = scores.Average();
        output.WriteLine($"{layouts.Count} generated pages: mean score {mean:0.000}, lowest {scores.Min():0.000}");
        Assert.Empty(problems);
        Assert.True(mean >= ScoreFloor, $"mean score {mean:0.000} under the floor {ScoreFloor}");
    }

    [Fact]
    public void The_simplest_generated_page_is_read_item_for_item()
    {
        var layout = GeneratedPdf.SimplePage();
        var result = SegmentPdfPage.Segment(GeneratedPdf.Document([layout]), 0);
        var item = Assert.Single(result.Segmentation.Items);
        var truth = Assert.Single(layout.Truth);
        Assert.Equal(truth.Title, item.Title);
        Assert.Equal(truth.Reporters, item.Reporters);
        Assert.Equal(truth.Paragraphs, item.Paragraphs);
        Assert.Equal(truth.Dateline, item.Dateline);
        Assert.Equal(truth.Kind, item.Kind);
        Assert.NotEmpty(item.Regions);
        Assert.All(item.Regions, r => Assert.True(r.Left >= 0 && r.Top >= 0 && r.Right <= layout.Width && r.Bottom <= layout.Height));
        Assert.Equal(layout.Width, result.Segmentation.Size!.Width, 1);
    }
}
