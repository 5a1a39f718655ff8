using NewsArchive.Model;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>Rules drawn in pieces and frames drawn as separate strokes, as e-paper producers write them.</summary>
public sealed class JoinRuleBoxesTests
{
    private const double S = 10;
    private const string Body = "这是第一段正文内容讲述全县春耕生产的进展情况各地积极组织群众开展田间管理。第二句继续介绍有关部门的技术指导服务工作。";
    private const string Other = "另一篇报道的正文讲述城市建设的新进展有关项目正在加快推进当中预计年底完工。市民对此表示欢迎并期待早日投入使用。";

    private static PdfShape H(double from, double to, double y, double thick = 0) => Thin(new PageRegion(from, y - thick / 2, to - from, thick));

    private static PdfShape V(double x, double from, double to, double thick = 0) => Thin(new PageRegion(x - thick / 2, from, thick, to - from));

    // What ReadPdfPage makes of a stroke or a bar: a rule when thin for its length, else a box.
    private static PdfShape Thin(PageRegion box) =>
        new(box, Math.Min(box.Width, box.Height) <= Math.Max(box.Width, box.Height) / 50 ? PdfShapeKind.Rule : PdfShapeKind.Box);

    /// <summary>A frame at (165, 95)-(295, 295): sides a point short or over at the corners, the top in two overlapping pieces, the left a short thick bar and a stroke.</summary>
    private static List<PdfShape> BrokenFrame() =>
    [
        H(164, 236, 95), H(235, 296.5, 95.4),
        V(295.6, 93.5, 296),
        H(166.2, 294, 295, 0.8),
        V(165, 96.5, 150, 1.2), V(165, 151, 294),
    ];

    [Fact]
    public void Four_strokes_whose_ends_meet_within_a_few_points_are_one_outlined_box()
    {
        var shapes = JoinRuleBoxes.Apply(BrokenFrame());

        var box = Assert.Single(shapes);
        Assert.Equal(PdfShapeKind.Box, box.Kind);
        Assert.True(box.Outline);
        Assert.InRange(box.Box.Left, 163, 166);
        Assert.InRange(box.Box.Right, 295, 297);
        Assert.InRange(box.Box.Top, 93, 96);
        Assert.InRange(box.Box.Bottom, 294, 297);
    }

    [Fact]
    public void A_rule_drawn_in_pieces_is_one_rule_and_a_rule_across_a_gutter_stays_two()
    {
        var shapes = JoinRuleBoxes.Apply([H(30, 100, 200), H(101.5, 200, 200.3), H(199, 290, 200), H(30, 150, 400), H(165, 290, 400)]);

        Assert.All(shapes, s => Assert.Equal(PdfShapeKind.Rule, s.Kind));
        Assert.Single(shapes, s => s.Box.Left <= 30 && s.Box.Right >= 290 && s.Box.Top < 201);
        Assert.Equal(2, shapes.Count(s => s.Box.Top > 399));
    }

    [Fact]
    public void Rules_meeting_in_a_t_or_crossing_make_no_box()
    {
        // Cut rules across the page and column rules standing between them: a grid, not frames.
        List<PdfShape> grid = [H(30, 290, 100), H(30, 290, 300), V(160, 100, 300), V(290, 100, 300), V(100, 80, 320)];

        var shapes = JoinRuleBoxes.Apply(grid);

        Assert.DoesNotContain(shapes, s => s.Kind == PdfShapeKind.Box);
        Assert.Equal(5, shapes.Count);
    }

    [Fact]
    public void A_frame_drawn_as_separate_strokes_holds_one_article_as_a_drawn_box_does()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("全县春耕生产全面展开", 40, 60, 2.4 * S, "Head"));
        glyphs.AddRange(Set.Column(Body, 30, 100, S, 12));
        glyphs.AddRange(Set.Column(Other, 30 + 12 * S + 20, 100, S, 12));
        glyphs.AddRange(Set.Column(Other, 30 + 12 * S + 20, 200, S, 12));
        var page = new PdfPageContent(new PageSize(320, 500), glyphs, BrokenFrame());

        var items = SegmentPdfPage.Segment(page).Segmentation.Items;

        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items[0].Paragraphs, p => p.Contains("另一篇", StringComparison.Ordinal));
        Assert.All(items[1].Paragraphs, p => Assert.StartsWith("另一篇", p));
    }
}
