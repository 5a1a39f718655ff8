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
    public void A_cid_font_whose_glyph_numbers_come_out_as_scattered_characters_is_named_and_the_page_falls_back()
    {
        var good = Set.Line("本报讯今日全县召开会议", 30, 100, 10, "FZSSK--GBK1-0");
        // Glyph numbers of a headline font read as code points (a CID font without ToUnicode): real but implausible characters.
        int[] numbers = [0x35, 0x40DD, 0x49EB, 0x3054, 0x4C0C, 0x3CC9, 0x2D75, 0x232D, 0x4B50, 0x3AB1, 0x5D57, 0x64A7];
        var bad = numbers.Select((n, i) => new PdfGlyph(char.ConvertFromUtf32(n), 30 + i * 20, 50, 20, 20, "FZDHTK--GBK1-0")).ToList();
        var page = new PdfPageContent(new Model.PageSize(600, 800), [.. good, .. bad], []);

        var result = SegmentPdfPage.Segment(page);

        Assert.Equal(PdfTextLayer.Undecodable, result.TextLayer);
        Assert.Contains("FZDHTK--GBK1-0", result.Problem);
        Assert.DoesNotContain("FZSSK", result.Problem);
    }

    [Fact]
    public void A_rare_ideograph_in_a_name_and_symbols_of_a_page_do_not_make_a_font_undecodable()
    {
        var glyphs = Set.Line("本报讯（记者 㐂明华）今日全县召开会议，部署春耕生产①工作★▶ＧＤＰ增长5%。", 30, 100, 10, "FZSSK--GBK1-0");
        glyphs.AddRange(Set.Line("㐂㐂", 30, 200, 20, "FZDHTK--GBK1-0"));
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 30, 230, 20, "FZDHTK--GBK1-0"));

        Assert.Equal(PdfTextLayer.Read, CheckTextLayer.Apply(glyphs).Layer);
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
