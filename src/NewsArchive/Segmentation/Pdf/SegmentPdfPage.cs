using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Reads one page of a PDF and splits it into the articles a reader saw, from the page's geometry: the same
/// <see cref="PageSegmentation"/> as the text path, plus each item's regions and the page's size. Never throws:
/// a PDF that cannot be parsed, a page without text and fonts that do not decode come back as a
/// <see cref="PdfTextLayer"/> other than <see cref="PdfTextLayer.Read"/>, with the reason.
/// </summary>
public static class SegmentPdfPage
{
    /// <summary>Page <paramref name="pageIndex"/> (from 0) of <paramref name="pdf"/>.</summary>
    public static PdfPageSegmentation Segment(ReadOnlyMemory<byte> pdf, int pageIndex)
    {
        try
        {
            using var document = ReadPdfPage.Open(pdf);
            if (pageIndex < 0 || pageIndex >= document.NumberOfPages)
                return Failed(PdfTextLayer.Unreadable, $"the PDF has {document.NumberOfPages} pages, no page {pageIndex + 1}");
            return Segment(ReadPdfPage.Read(document.GetPage(pageIndex + 1)));
        }
#pragma warning disable CA1031 // a PDF PdfPig cannot parse is reported, not thrown: the rest of the archive builds
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(PdfTextLayer.Unreadable, $"the PDF cannot be read ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Every page of <paramref name="pdf"/> in order, parsing the file once.</summary>
    public static IReadOnlyList<PdfPageSegmentation> SegmentAll(ReadOnlyMemory<byte> pdf)
    {
        try
        {
            using var document = ReadPdfPage.Open(pdf);
            var pages = new List<PdfPageSegmentation>(document.NumberOfPages);
            for (var i = 1; i <= document.NumberOfPages; i++)
                pages.Add(SafeSegment(() => ReadPdfPage.Read(document.GetPage(i))));
            return pages;
        }
#pragma warning disable CA1031 // as above
        catch (Exception e)
#pragma warning restore CA1031
        {
            return [Failed(PdfTextLayer.Unreadable, $"the PDF cannot be read ({e.GetType().Name}: {e.Message})")];
        }
    }

    /// <summary>The segmentation of a page already read: pure, for tests and for pages built in memory.</summary>
    public static PdfPageSegmentation Segment(PdfPageContent page)
    {
        var check = CheckTextLayer.Apply(page.Glyphs);
        if (check.Layer != PdfTextLayer.Read)
            return new PdfPageSegmentation(check.Layer, new PageSegmentation { Size = page.Size }, string.Concat(page.Glyphs.Select(g => g.Text)), check.Message);
        var analysis = AnalysePdfPage.Apply(page);
        return new PdfPageSegmentation(PdfTextLayer.Read, analysis.Segmentation with { Size = page.Size }, analysis.Text);
    }

    private static PdfPageSegmentation SafeSegment(Func<PdfPageContent> read)
    {
        try
        {
            return Segment(read());
        }
#pragma warning disable CA1031 // one damaged page does not lose the others
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(PdfTextLayer.Unreadable, $"the page cannot be read ({e.GetType().Name}: {e.Message})");
        }
    }

    private static PdfPageSegmentation Failed(PdfTextLayer layer, string problem) => new(layer, new PageSegmentation(), "", problem);

}
