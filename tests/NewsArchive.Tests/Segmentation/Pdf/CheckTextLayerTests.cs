using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

public sealed class CheckTextLayerTests
{
    [Fact]
    public void A_font_mapping_its_glyphs_to_private_use_characters_is_named_and_the_page_falls_back()
    {
        var good = Set.Line("本报讯今日全县召开会议", 30, 100, 10, "FZSSK--GBK1-0");
        var bad = "\uE001\uE002\uE003\uE004".Select((c, i) => new PdfGlyph(c.ToString(), 30 + i * 20, 50, 20, 20, "FZDHTK--GBK1-0")).ToList();
        var page = new PdfPageContent(new Model.PageSize(600, 800), [.. good, .. bad], []);
        var result = SegmentPdfPage.Segment(page);
        Assert.Equal(PdfTextLayer.Undecodable, result.TextLayer);
        Assert.Contains("FZDHTK--GBK1-0", result.Problem);
        Assert.DoesNotContain("FZSSK", result.Problem);
        Assert.Empty(result.Segmentation.Items);
    }

    [Fact]
    public void A_page_without_glyphs_is_a_missing_text_layer()
    {
        var result = SegmentPdfPage.Segment(new PdfPageContent(new Model.PageSize(600, 800), [], []));
        Assert.Equal(PdfTextLayer.Missing, result.TextLayer);
        Assert.Contains("OCR", result.Problem);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_or_a_page_that_is_not_there_come_back_unreadable_not_thrown()
    {
        Assert.Equal(PdfTextLayer.Unreadable, SegmentPdfPage.Segment("%PDF-1.7\n1 0 obj garbage"u8.ToArray(), 0).TextLayer);
        var one = GeneratedPdf.Document([GeneratedPdf.SimplePage()]);
        var missing = SegmentPdfPage.Segment(one, 3);
        Assert.Equal(PdfTextLayer.Unreadable, missing.TextLayer);
        Assert.Contains("no page 4", missing.Problem);
    }
}
