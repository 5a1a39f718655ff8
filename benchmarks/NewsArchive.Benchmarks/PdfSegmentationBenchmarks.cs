using BenchmarkDotNet.Attributes;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Benchmarks;

/// <summary>
/// Reading and segmenting one PDF page (PdfPig parse, glyphs, layout analysis), beside the text path on the same
/// page's pdftotext output. Needs the made pages' PDFs: `dnlock scripts/make-test-pages.sh` first.
/// </summary>
[MemoryDiagnoser]
public class PdfSegmentationBenchmarks
{
    private byte[] _pdf = [];
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(SegmentationBenchmarks.FindRoot(), "tests", "NewsArchive.Tests", "Pages", "daichuan-daily-front");
        _pdf = File.ReadAllBytes(Path.Combine(folder, "page.pdf"));
        _text = File.ReadAllText(Path.Combine(folder, "page.txt"));
    }

    [Benchmark(Baseline = true)]
    public int TextOfThePage() => PageSegmenter.Segment(_text).Items.Count;

    [Benchmark]
    public int PdfOfThePage() => SegmentPdfPage.Segment(_pdf, 0).Segmentation.Items.Count;
}
