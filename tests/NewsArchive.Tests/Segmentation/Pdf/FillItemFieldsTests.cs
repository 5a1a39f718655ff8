using NewsArchive.Model;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>An article's fields from its printed lines: the opening dateline and byline, paragraph starts.</summary>
public sealed class FillItemFieldsTests
{
    private const double S = 10;
    private const string Title = "全县春耕生产全面展开";

    [Fact]
    public void A_dateline_ending_its_line_gives_the_bracketed_byline_on_the_next_its_reporters()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line(Title, 40, 60, 2.4 * S, "Head"));
        // The dateline in bold type fills the first line; the byline opens the second.
        glyphs.AddRange(Set.Line("本报讯", 50, 100, S, "Hei"));
        glyphs.AddRange(Set.Column("（记者 张明华 通讯员 李晓东）各地积极组织群众开展田间管理。有关部门加强技术指导服务工作，农业生产稳中向好。", 30, 114, S, 12, indentFirst: false));
        var page = new PdfPageContent(new PageSize(300, 500), glyphs, []);

        var item = Assert.Single(SegmentPdfPage.Segment(page).Segmentation.Items);

        Assert.Equal(["张明华", "李晓东"], item.Reporters);
        Assert.StartsWith("各地积极", Assert.Single(item.Paragraphs));
    }

    [Fact]
    public void A_column_opening_with_a_continuation_note_in_another_type_continues_the_paragraph()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line(Title, 40, 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column("这是第一段正文内容讲述全县春耕生产的进展情况各地积极组织群众开展田间", 30, 100, S, 12));
        // The next column starts with the note (in Kai) and the sentence goes on, in the body's type.
        var x = 30 + 12 * S + 15;
        glyphs.AddRange(Set.Line("（上接第2版）", x, 100, S, "Kai"));
        glyphs.AddRange(Set.Line("管理。", x + 7 * S, 100, S, "Body"));
        glyphs.AddRange(Set.Column("有关部门加强技术指导服务工作，农业生产稳中向好。", x, 114, S, 12, indentFirst: false));
        var page = new PdfPageContent(new PageSize(320, 500), glyphs, []);

        var item = Assert.Single(SegmentPdfPage.Segment(page).Segmentation.Items);

        var paragraph = Assert.Single(item.Paragraphs);
        Assert.Contains("田间管理。有关部门", paragraph);
        Assert.Equal(["（上接第2版）"], item.Continuations);
    }
}
