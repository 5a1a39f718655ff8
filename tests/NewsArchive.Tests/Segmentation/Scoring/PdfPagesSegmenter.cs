using NewsArchive.Model;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// Scores the PDF path on the same pages: each page's text (what the scorer hands over) is looked up to the
/// page.pdf printed beside it, and that PDF is segmented from its geometry. Rules only, nothing to fit.
/// </summary>
public sealed class PdfPagesSegmenter : ISegmenterTrainer
{
    private readonly Dictionary<string, string> _pdfByText = new(StringComparer.Ordinal);

    /// <summary>Every folder under <paramref name="roots"/> (one or two levels down) holding page.txt and page.pdf.</summary>
    public PdfPagesSegmenter(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            foreach (var pdf in Directory.EnumerateFiles(root, "page.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = Path.Combine(Path.GetDirectoryName(pdf)!, "page.txt");
                if (File.Exists(text))
                    _pdfByText.TryAdd(File.ReadAllText(text), pdf);
            }
        }
    }

    public bool Has(string text) => _pdfByText.ContainsKey(text);

    public Func<string, PageSegmentation> Fit(IReadOnlyList<CorpusPage> training) => Segment;

    private PageSegmentation Segment(string text) =>
        _pdfByText.TryGetValue(text, out var pdf)
            ? SegmentPdfPage.Segment(File.ReadAllBytes(pdf), 0).Segmentation
            : throw new FileNotFoundException("no page.pdf beside this page's text: run scripts/make-test-pages.sh (or make-corpus.sh)");
}
