using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsArchive.Cli;
using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Scoring;
using NewsArchive.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// The made test pages read from their PDFs: scored against expected.json (SCORE.md), every character accounted
/// for, PdfPig's characters the same as poppler's pdftotext's, and `segment PAGE.pdf --json` with regions.
/// </summary>
public sealed class PdfPagesTests(ITestOutputHelper output)
{
    /// <summary>
    /// Each page's score must stay at or above this; the mean (in BENCHMARKS.md) above <see cref="MeanFloor"/>.
    /// Low because two pages are read badly (minxi 0.596 and qinzhou 0.69 once the text rules of issues 18 and 21
    /// were merged under the PDF path's fields): issue 17 stays open for them.
    /// </summary>
    private const double PageFloor = 0.55;

    private const double MeanFloor = 0.8;

    [Theory]
    [MemberData(nameof(PdfTestPages.All), MemberType = typeof(PdfTestPages))]
    public void A_page_read_from_its_pdf_segments_as_printed_with_every_character_accounted_for(string page)
    {
        var result = SegmentPdfPage.Segment(File.ReadAllBytes(PdfTestPages.Pdf(page)), 0);
        Assert.Equal(PdfTextLayer.Read, result.TextLayer);
        var truth = CorpusPage.Read(Path.Combine(TestPages.Folder, page), "golden").Truth;
        var score = ScorePage.Score(truth, result.Segmentation.Items);
        output.WriteLine($"{page}: score {score.Score:0.000}, titles {score.TitlesExactlyRight}/{score.TruthTitles}, items {score.PredictedItems}/{score.TruthItems}");
        Assert.Empty(result.Segmentation.Leftovers);
        Assert.True(TextAccounting.Check(result.Text, result.Segmentation).Holds);
        Assert.All(result.Segmentation.Items, i => Assert.NotEmpty(i.Regions));
        Assert.True(score.Score >= PageFloor, $"{page}: score {score.Score:0.000} under {PageFloor}");
    }

    [Fact]
    public void The_pages_read_from_their_pdfs_score_above_the_floor_on_average()
    {
        var scores = PdfTestPages.Names.Select(page => ScorePage.Score(
            CorpusPage.Read(Path.Combine(TestPages.Folder, page), "golden").Truth,
            SegmentPdfPage.Segment(File.ReadAllBytes(PdfTestPages.Pdf(page)), 0).Segmentation.Items).Score).ToList();
        output.WriteLine($"mean score {scores.Average():0.000} over {scores.Count} pages");
        Assert.True(scores.Average() >= MeanFloor, $"mean {scores.Average():0.000} under {MeanFloor}");
    }

    [Theory]
    [MemberData(nameof(PdfTestPages.All), MemberType = typeof(PdfTestPages))]
    public void PdfPig_reads_the_same_characters_as_pdftotext(string page)
    {
        var pdf = PdfTestPages.Pdf(page);
        Assert.Equal(Characters(Pdftotext(pdf)), Characters(PdfPigText(File.ReadAllBytes(pdf))));
    }

    [Fact]
    public void PdfPig_reads_the_same_characters_as_pdftotext_on_pages_of_the_second_producer()
    {
        using var dir = new TempDir();
        var layouts = Enumerable.Range(1, 5).Select(seed => new LayoutWriter(new Random(seed)).Page()).ToList();
        var pdf = dir.Path + "/generated.pdf";
        File.WriteAllBytes(pdf, GeneratedPdf.Document(layouts));
        // poppler discards a glyph drawn over the same glyph (the titles drawn twice for bold, and a few glyphs the
        // generator lets touch): every character poppler reads, PdfPig reads too, and they differ by under 1%.
        var poppler = Characters(Pdftotext(pdf)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var pig = Characters(PdfPigText(File.ReadAllBytes(pdf), overlaidOnce: true)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(poppler, kv => Assert.True(pig.GetValueOrDefault(kv.Key) >= kv.Value, $"poppler reads {kv.Value} '{kv.Key}', PdfPig {pig.GetValueOrDefault(kv.Key)}"));
        Assert.InRange(pig.Values.Sum() - poppler.Values.Sum(), 0, poppler.Values.Sum() / 100);
    }

    [Fact]
    public void Segment_prints_a_pdf_page_as_json_with_the_regions_of_its_items()
    {
        var page = PdfTestPages.Names[0];
        var stdout = new StringWriter();
        var code = Commands.Run(["segment", PdfTestPages.Pdf(page), "--json"], stdout, new StringWriter());
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.True(json.GetProperty("size").GetProperty("width").GetDouble() > 500);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var regions = item.GetProperty("regions").EnumerateArray().ToList();
            Assert.NotEmpty(regions);
            Assert.All(regions, r => Assert.True(r.GetProperty("width").GetDouble() > 0 && r.GetProperty("height").GetDouble() > 0));
        }
    }

    private static string PdfPigText(byte[] pdf, bool overlaidOnce = false)
    {
        using var document = ReadPdfPage.Open(pdf);
        var text = new StringBuilder();
        foreach (var p in document.GetPages())
        {
            var seen = new List<PdfGlyph>();
            foreach (var g in ReadPdfPage.Read(p).Glyphs)
            {
                if (overlaidOnce && seen.Any(s => s.Text == g.Text && Math.Abs(s.Left - g.Left) < 0.1 * g.Size && Math.Abs(s.Top - g.Top) < 0.1 * g.Size))
                    continue;
                seen.Add(g);
                text.Append(g.Text);
            }
        }
        return text.ToString();
    }

    private static string Pdftotext(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in new[] { "-enc", "UTF-8", pdf, "-" })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    /// <summary>The characters of a text, whitespace aside, sorted: the same multiset gives the same string.</summary>
    private static string Characters(string text) =>
        string.Concat(text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && r.Value != '\f').Select(r => r.ToString()).Order(StringComparer.Ordinal));
}
