using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Scoring;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// Generated pages carrying one e-paper producer's habit each (<see cref="ProducerHabits"/>), read back through
/// PdfPig: each family must segment above its floor with nothing lost. The floors sit a little under what the
/// reader measured (BENCHMARKS.md, "Producers' habits"); the held-out habits were never tuned on.
/// </summary>
public sealed class ProducerHabitsTests(ITestOutputHelper output)
{
    private const int Pages = 40;

    public static TheoryData<string, double> Floors => new()
    {
        { "plain", 0.82 },
        { "fake-bold", 0.82 },
        { "split-runs", 0.82 },
        { "letter-spaced", 0.80 },
        { "masthead-image", 0.83 },
        { "headline-images", 0.76 },
        { "promo-boxes", 0.62 },
        { "vertical-titles", 0.74 },
        { "broken-frames", 0.83 },
        { "held-out-set", 0.83 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void Pages_with_a_producers_habit_segment_above_their_floor_with_nothing_lost(string family, double floor)
    {
        Assert.True(GeneratedPdf.FontsInstalled, "Debian's CJK fonts are missing: run scripts/setup.sh");
        var habits = HabitFamilies.All.Single(f => f.Name == family).Habits;
        var layouts = HabitFamilies.Layouts(habits, Pages);
        using var document = PdfDocument.Open(GeneratedPdf.Document(layouts));
        var scores = new List<double>();
        for (var i = 0; i < layouts.Count; i++)
        {
            var result = SegmentPdfPage.Segment(ReadPdfPage.Read(document.GetPage(i + 1)));
            Assert.Empty(result.Segmentation.Leftovers);
            Assert.True(TextAccounting.Check(result.Text, result.Segmentation).Holds, $"page {i + 1}: text not accounted for");
            scores.Add(ScorePage.Score(layouts[i].Truth, result.Segmentation.Items).Score);
        }
        output.WriteLine($"{family}: mean {scores.Average():0.000}");
        Assert.True(scores.Average() >= floor, $"{family}: mean score {scores.Average():0.000} under the floor {floor}");
    }

    [Fact]
    public void A_report_whose_headline_is_an_image_comes_out_untitled_with_its_body_and_a_warning()
    {
        var (layout, truth) = HabitFamilies.Layouts(ProducerHabits.HeadlineImages, 20)
            .SelectMany(l => l.Truth.Where(t => t.Title is null && t.Kind == ItemKind.News && t.Captions.Count == 0).Select(t => (l, t))).First();
        var result = SegmentPdfPage.Segment(GeneratedPdf.Document([layout]), 0);
        var item = Assert.Single(result.Segmentation.Items, i => AlignItems.Body(i) == AlignItems.Body(truth));
        Assert.Null(item.Title);
        Assert.Equal(truth.Reporters, item.Reporters);
        Assert.Contains(result.Segmentation.Warnings, w => w.Contains("no title", StringComparison.Ordinal) && w.Contains(item.Paragraphs[0][..8], StringComparison.Ordinal));
    }

    [Fact]
    public void Every_promo_comes_out_as_its_headline_without_a_body_and_no_page_reference_is_read_as_body_text()
    {
        var layouts = HabitFamilies.Layouts(ProducerHabits.PromoBoxes, 20).Where(l => l.Truth.Any(t => t.Paragraphs.Count == 0)).Take(5).ToList();
        using var document = PdfDocument.Open(GeneratedPdf.Document(layouts));
        for (var i = 0; i < layouts.Count; i++)
        {
            var items = SegmentPdfPage.Segment(ReadPdfPage.Read(document.GetPage(i + 1))).Segmentation.Items;
            foreach (var promo in layouts[i].Truth.Where(t => t.Paragraphs.Count == 0))
            {
                var item = Assert.Single(items, p => AlignItems.Squeeze(p.Title) == AlignItems.Squeeze(promo.Title));
                Assert.Empty(item.Paragraphs);
            }
            Assert.DoesNotContain(items.SelectMany(p => p.Paragraphs), p => p.Contains("详见第", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Dates_and_numbers_set_as_separate_runs_read_without_spaces()
    {
        var layout = HabitFamilies.Layouts(ProducerHabits.SplitRuns, 5)[0];
        var items = SegmentPdfPage.Segment(GeneratedPdf.Document([layout]), 0).Segmentation.Items;
        var dates = layout.Truth.SelectMany(t => t.Paragraphs).SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p, @"\d+月\d+日")).Select(m => m.Value).ToList();
        Assert.NotEmpty(dates);
        var text = string.Concat(items.SelectMany(i => i.Paragraphs));
        Assert.All(dates, d => Assert.Contains(d, text, StringComparison.Ordinal));
    }
}
