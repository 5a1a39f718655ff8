using NewsArchive.Model;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// Pages set by hand for the reading rules of issue 17's fourth pass: a dateline opens an article once, a title
/// may close the article over it, a brief column runs to the band's end, a headline's short last line is centred,
/// and a centred byline does not bridge a gutter.
/// </summary>
public sealed class PageReadingTests
{
    private const double S = 10;
    private const string Body = "这是第一段正文内容讲述全县春耕生产的进展情况各地积极组织群众开展田间管理。第二句继续介绍有关部门的技术指导服务工作。";
    private const string Other = "另一篇报道的正文讲述城市建设的新进展有关项目正在加快推进当中预计年底完工。市民对此表示欢迎并期待早日投入使用。";
    private const double Column = 12 * S;
    private const double Gutter = 15;

    private static PdfShape Rule(double left, double top, double width) => new(new PageRegion(left, top, width, 0.7), PdfShapeKind.Rule);

    private static double Col(int n) => 30 + n * (Column + Gutter);

    [Fact]
    public void A_column_opening_with_a_dateline_level_beside_another_article_opens_its_own_article()
    {
        var glyphs = new List<PdfGlyph>();
        // Article A: one column under its title. Article B: three columns, its title centred over the last two, so
        // B's opening column stands level beside A's, at the same width and gutter.
        glyphs.AddRange(Set.Line("全县春耕", Col(0), 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column("本报讯（记者 林海）" + Body, Col(0), 100, S, 12));
        glyphs.AddRange(Set.Line("城市建设项目加快推进", Col(2), 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column("本报讯（记者 王江）" + Other, Col(1), 100, S, 12));
        glyphs.AddRange(Set.Column("接上栏的句子在这一栏继续写下去直到写完为止。", Col(2), 100, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Column("第三栏的句子继续讲述城市建设项目的后续安排。", Col(3), 100, S, 12, indentFirst: false));
        var page = new PdfPageContent(new PageSize(600, 400), glyphs, []);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        var a = items.Single(i => i.Title == "全县春耕");
        var b = items.Single(i => i.Title == "城市建设项目加快推进");
        Assert.Equal(["林海"], a.Reporters);
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("另一篇", StringComparison.Ordinal));
        Assert.Equal(["王江"], b.Reporters);
        Assert.StartsWith("另一篇", b.Paragraphs[0]);
    }

    [Fact]
    public void A_title_under_a_body_with_nothing_under_it_closes_the_article_over_it_in_a_band_of_head_titles()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", Col(0), 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, Col(0), 100, S, 12));
        glyphs.AddRange(Set.Column(Body, Col(1), 100, S, 12, indentFirst: false));
        // Under a gap, article B: two columns, then its title at their foot, centred over the second; a rule ends the band.
        glyphs.AddRange(Set.Column(Other, Col(0), 220, S, 12));
        glyphs.AddRange(Set.Column(Other, Col(1), 220, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Line("城市建设加快推进", Col(1) + 10, 290, 2.4 * S, "Head"));
        var page = new PdfPageContent(new PageSize(600, 400), glyphs, [Rule(30, 330, 540)]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        var a = items.Single(i => i.Title == "全县春耕生产全面展开");
        var b = items.Single(i => i.Title == "城市建设加快推进");
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("另一篇", StringComparison.Ordinal));
        Assert.Equal(2, string.Concat(b.Paragraphs).Split("另一篇").Length - 1);
    }

    [Fact]
    public void Every_brief_down_a_brief_column_is_a_brief_not_only_the_first_under_its_heading()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("春耕正忙", Col(0), 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body + Body, Col(0), 100, S, 12));
        glyphs.AddRange(Set.Line("文化简讯", Col(1), 60, 1.3 * S, "Head"));
        string[] titles = ["图书馆延长开放时间", "乡村书屋添新书", "剧团送戏下乡", "博物馆推出新展"];
        for (var i = 0; i < titles.Length; i++)
        {
            var top = 85 + i * 55;
            glyphs.AddRange(Set.Line(titles[i], Col(1), top, 1.15 * S, "Head"));
            glyphs.AddRange(Set.Column($"第{i + 1}条简讯的正文讲述文化活动的安排和群众参与的情况。", Col(1), top + 16, S, 12, indentFirst: false));
        }
        var page = new PdfPageContent(new PageSize(600, 400), glyphs, [Rule(30, 330, 540)]);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.Equal(ItemKind.News, items.Single(i => i.Title == "春耕正忙").Kind);
        Assert.All(titles, t => Assert.Equal(ItemKind.Brief, items.Single(i => i.Title == t).Kind));
    }

    [Fact]
    public void A_headlines_short_last_line_set_centred_under_it_belongs_to_the_headline()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产工作全面展", Col(0), 60, 2.4 * S, "Head"));
        // The one character left over, centred under the first line (five em in from either end).
        glyphs.AddRange(Set.Line("开", Col(0) + 5 * 2.4 * S, 60 + 2.7 * S, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, Col(0), 130, S, 12));
        glyphs.AddRange(Set.Column(Body, Col(1), 130, S, 12, indentFirst: false));
        var page = new PdfPageContent(new PageSize(600, 400), glyphs, []);

        var item = Assert.Single(SegmentPdfPage.Segment(page).Segmentation.Items);

        Assert.Equal("全县春耕生产工作全面展开", item.Title);
    }

    [Fact]
    public void A_centred_byline_over_two_columns_does_not_join_their_first_lines()
    {
        // Two columns a gutter of 1.5 em apart, and a short byline centred over the gutter just above them.
        var glyphs = Set.Line("■本报记者林海", Col(1) - 40, 86, S)
            .Concat(Set.Line("这是一行普通的正文文字啊", Col(0), 100, S)).Concat(Set.Line("另一栏的正文文字也在这", Col(1), 100, S))
            .Concat(Set.Line("这是一行普通的正文文字啊", Col(0), 114, S)).Concat(Set.Line("另一栏的正文文字也在这", Col(1), 114, S)).ToList();

        var lines = GroupLines.Apply(glyphs, []);

        Assert.Equal(2, lines.Count(l => l.Text == "这是一行普通的正文文字啊"));
        Assert.Equal(2, lines.Count(l => l.Text == "另一栏的正文文字也在这"));
    }

    [Fact]
    public void A_column_level_to_the_left_of_an_articles_opening_column_is_the_tail_of_the_article_before_it()
    {
        var glyphs = new List<PdfGlyph>();
        // Article A runs over three columns under a title centred on them; article B opens in the fourth column,
        // its title a point higher (set first) over its second column, so B's opening stands level beside A's tail.
        glyphs.AddRange(Set.Line("全县春耕", Col(1), 61, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column("本报讯（记者 林海）" + Body, Col(0), 100, S, 12));
        glyphs.AddRange(Set.Column("接上栏的句子在这一栏继续写下去直到写完为止。", Col(1), 100, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Column("第三栏的句子继续讲述春耕生产的后续安排。", Col(2), 100, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Line("城市建设项目加快推进", Col(4), 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column("本报讯（记者 王江）" + Other, Col(3), 100, S, 12));
        glyphs.AddRange(Set.Column("城市建设的句子在这一栏继续写下去直到写完为止。", Col(4), 100, S, 12, indentFirst: false));
        var page = new PdfPageContent(new PageSize(800, 400), glyphs, []);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        var a = items.Single(i => i.Title == "全县春耕");
        var b = items.Single(i => i.Title == "城市建设项目加快推进");
        Assert.Contains(a.Paragraphs, p => p.Contains("春耕生产的后续安排", StringComparison.Ordinal));
        Assert.Equal(["王江"], b.Reporters);
        Assert.StartsWith("另一篇", b.Paragraphs[0]);
    }

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(1.07, 2)]
    public void A_subhead_at_the_body_size_inside_a_running_column_divides_the_article_a_step_larger_title_opens_one(double ratio, int articles)
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕", Col(0), 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, Col(0), 100, S, 12));
        // In the headline font, 0.6 em under the column's text, and the column runs on 0.6 em under it.
        glyphs.AddRange(Set.Line("管起来：办在实处", Col(0), 172, ratio * S, "Head"));
        glyphs.AddRange(Set.Column(Other, Col(0), 178 + ratio * S, S, 12));
        var page = new PdfPageContent(new PageSize(600, 400), glyphs, []);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.Equal(articles, items.Count);
        if (articles == 1)
            Assert.Contains("管起来：办在实处", items[0].Paragraphs);
    }

    [Fact]
    public void A_title_centred_over_four_columns_keeps_its_last_column_from_a_higher_neighbour_without_a_dateline()
    {
        var glyphs = new List<PdfGlyph>();
        // A: four columns, its title centred over all four. B: a commentary over the next two, its title set higher,
        // its columns level with A's, no dateline to tell where it opens.
        var title = "全县春耕生产全面展开";
        var middle = (Col(0) + Col(3) + Column) / 2;
        glyphs.AddRange(Set.Line(title, middle - title.Length * 2.4 * S / 2, 62, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column("本报讯（记者 林海）" + Body, Col(0), 100, S, 12));
        for (var c = 1; c <= 3; c++)
            glyphs.AddRange(Set.Column($"第{c + 1}栏的句子接着讲述春耕生产的安排直到写完为止。", Col(c), 100, S, 12, indentFirst: false));
        glyphs.AddRange(Set.Line("实事要办好", Col(4), 55, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Other, Col(4), 100, S, 12));
        glyphs.AddRange(Set.Column("评论的句子在这一栏继续写下去直到写完为止。", Col(5), 100, S, 12, indentFirst: false));
        var page = new PdfPageContent(new PageSize(1000, 400), glyphs, []);

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        var a = items.Single(i => i.Title == title);
        var b = items.Single(i => i.Title == "实事要办好");
        Assert.Contains(a.Paragraphs, p => p.Contains("第4栏", StringComparison.Ordinal));
        Assert.DoesNotContain(b.Paragraphs, p => p.Contains("第4栏", StringComparison.Ordinal));
        Assert.StartsWith("另一篇", b.Paragraphs[0]);
    }

    [Fact]
    public void Only_a_heading_crossing_a_gutter_with_its_middle_on_the_runs_middle_is_centred_over_the_run()
    {
        var glyphs = new List<PdfGlyph>();
        for (var c = 0; c < 3; c++)
            glyphs.AddRange(Set.Column(Body, Col(c), 100, S, 12, indentFirst: false));
        var blocks = GroupBlocks.Apply(GroupLines.Apply(glyphs, []), []);
        var body = BodyMeasure.Of(blocks);
        var middle = (Col(0) + Col(1) + Column) / 2;

        var centred = CentredTitles.Span(new PageRegion(middle - 60, 60, 120, 24), blocks, body);
        var overOne = CentredTitles.Span(new PageRegion(Col(1) + 10, 60, 100, 24), blocks, body);
        var offCentre = CentredTitles.Span(new PageRegion(Col(0) + 20, 60, 150, 24), blocks, body);

        Assert.Equal([Col(0), Col(1)], centred.Select(b => Math.Round(b.Left)));
        Assert.Empty(overOne);
        Assert.Empty(offCentre);
    }
}
