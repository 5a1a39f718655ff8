using NewsArchive.Model;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>Whole pages set by hand: which text belongs to which article, judged from geometry alone.</summary>
public sealed class ArticleLayoutTests
{
    private const double S = 10;
    private const string Body = "这是第一段正文内容讲述全县春耕生产的进展情况各地积极组织群众开展田间管理。第二句继续介绍有关部门的技术指导服务工作。";
    private const string Other = "另一篇报道的正文讲述城市建设的新进展有关项目正在加快推进当中预计年底完工。市民对此表示欢迎并期待早日投入使用。";

    private static PdfShape Rule(double left, double top, double width) => new(new PageRegion(left, top, width, 0.7), PdfShapeKind.Rule);

    [Fact]
    public void A_title_governs_the_columns_beneath_it_until_the_rule_and_the_next_title()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, 30, 100, S, 12));
        glyphs.AddRange(Set.Column(Body, 30 + 12 * S + 15, 100, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Line("城市建设项目加快推进", 40, 260, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Other, 30, 300, S, 12));
        var page = new PdfPageContent(new PageSize(300, 500), glyphs, [Rule(30, 245, 255)]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.Equal(["全县春耕生产全面展开", "城市建设项目加快推进"], items.Select(i => i.Title));
        Assert.StartsWith("这是第一段", items[0].Paragraphs[0]);
        Assert.DoesNotContain(items[0].Paragraphs, p => p.Contains("另一篇", StringComparison.Ordinal));
        Assert.StartsWith("另一篇", Assert.Single(items[1].Paragraphs));
    }

    [Fact]
    public void A_first_line_indent_starts_a_paragraph_and_a_column_break_does_not()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, 30, 100, S, 12));
        // The second column continues the paragraph, then an indented line opens a new one.
        glyphs.AddRange(Set.Column("接上一栏的句子继续写完。", 30 + 12 * S + 15, 100, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Column(Other, 30 + 12 * S + 15, 114, S, 12));
        var page = new PdfPageContent(new PageSize(300, 500), glyphs, []);

        var item = Assert.Single(SegmentPdfPage.Segment(page).Segmentation.Items);

        Assert.Equal(2, item.Paragraphs.Count);
        Assert.EndsWith("继续写完。", item.Paragraphs[0]);
        Assert.StartsWith("另一篇", item.Paragraphs[1]);
    }

    [Fact]
    public void A_pictures_caption_is_the_small_text_touching_it_and_photo_news_stands_alone()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, 30, 100, S, 12));
        // Under the report, a picture with a caption in another type and a ■ credit: photo news.
        var picture = new PageRegion(30, 260, 120, 80);
        glyphs.AddRange(Set.Line("市民在公园里晨练。", 30, 345, S, "Kai"));
        glyphs.AddRange(Set.Line("■ 本报记者 林海 摄", 30 + 4 * S, 360, S, "Body"));
        var page = new PdfPageContent(new PageSize(300, 500), glyphs, [new PdfShape(picture, PdfShapeKind.Picture)]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.Equal(2, items.Count);
        var photo = items.Single(i => i.Kind == ItemKind.Photo);
        Assert.Equal(["市民在公园里晨练。"], photo.Paragraphs);
        Assert.Equal(["林海"], photo.Photographers);
        Assert.Contains(photo.Regions, r => r.Top <= picture.Top && r.Bottom >= picture.Bottom);
    }

    [Fact]
    public void A_box_drawn_round_text_holds_one_article_even_without_a_title()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, 30, 100, S, 12));
        glyphs.AddRange(Set.Column(Other, 30 + 12 * S + 20, 100, S, 12));
        glyphs.AddRange(Set.Column(Other, 30 + 12 * S + 20, 200, S, 12));
        var box = new PdfShape(new PageRegion(30 + 12 * S + 15, 95, 12 * S + 10, 200), PdfShapeKind.Box);
        var page = new PdfPageContent(new PageSize(320, 500), glyphs, [box]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items[0].Paragraphs, p => p.Contains("另一篇", StringComparison.Ordinal));
        Assert.All(items[1].Paragraphs, p => Assert.StartsWith("另一篇", p));
    }

    [Fact]
    public void A_line_under_a_rule_below_a_headline_is_not_its_subtitle()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 2.4 * S, "Head"));
        // A rule right under the headline closes its heading: the ——line under the rule is not its subtitle.
        glyphs.AddRange(Set.Line("——城市建设项目加快推进", 40, 60 + 2.4 * S + 6, 1.3 * S, "Kai"));
        glyphs.AddRange(Set.Column(Body, 30, 140, S, 12));
        var page = new PdfPageContent(new PageSize(300, 500), glyphs, [Rule(30, 60 + 2.4 * S + 2, 255)]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.DoesNotContain(items, i => i.Title == "全县春耕生产全面展开" && i.Subtitle is not null);
    }

    [Fact]
    public void A_promo_box_outlined_round_headlines_and_page_references_gives_each_headline_alone_without_a_body()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 1.8 * S, "Head"));
        glyphs.AddRange(Set.Line("（详见第5版）", 200, 60 + 1.8 * S + 4, S, "Body"));
        glyphs.AddRange(Set.Line("城市建设项目加快推进", 40, 110, 1.8 * S, "Head"));
        glyphs.AddRange(Set.Line("（详见第8版）", 200, 110 + 1.8 * S + 4, S, "Body"));
        var box = new PdfShape(new PageRegion(30, 50, 260, 100), PdfShapeKind.Box, Outline: true);
        glyphs.AddRange(Set.Line("另起一篇", 40, 200, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Other, 30, 240, S, 12));
        var page = new PdfPageContent(new PageSize(320, 500), glyphs, [box]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        var promo = Assert.Single(items, i => i.Title == "全县春耕生产全面展开");
        Assert.Empty(promo.Paragraphs);
        Assert.Equal(["（详见第5版）"], promo.Continuations);
        Assert.Equal(["（详见第8版）"], Assert.Single(items, i => i.Title == "城市建设项目加快推进").Continuations);
    }
}
