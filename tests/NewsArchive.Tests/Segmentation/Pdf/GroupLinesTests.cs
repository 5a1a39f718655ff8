using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

public sealed class GroupLinesTests
{
    [Fact]
    public void Two_columns_on_one_baseline_are_two_lines()
    {
        var glyphs = Set.Line("春耕生产全面展开各地", 30, 100, 10).Concat(Set.Line("会议指出今年全县要", 30 + 10 * 10 + 17, 100, 10)).ToList();
        var lines = GroupLines.Apply(glyphs, []);
        Assert.Equal(["春耕生产全面展开各地", "会议指出今年全县要"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Letter_spaced_headline_whose_characters_sit_far_apart_stays_one_line()
    {
        var glyphs = Set.Line("乡村振兴", 100, 50, 30, "Head", spacing: 40);
        var lines = GroupLines.Apply(glyphs, []);
        Assert.Equal("乡村振兴", Assert.Single(lines).Text);
    }

    [Fact]
    public void A_body_line_spread_by_justification_is_rejoined_where_the_lines_around_it_cross_the_gap()
    {
        var glyphs = Set.Line("这是一行普通的正文文字", 30, 100, 10)
            .Concat(Set.Line("本报讯", 30, 114, 10)).Concat(Set.Line("记者", 30 + 5 * 10, 114, 10))
            .Concat(Set.Line("这是一行普通的正文文字", 30, 128, 10)).ToList();
        var lines = GroupLines.Apply(glyphs, []);
        Assert.Contains(lines, l => l.Compact == "本报讯记者");
    }

    [Fact]
    public void Numbers_set_as_separate_runs_join_their_line_without_spaces()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Set.Line("5", 30, 100, 10));
        glyphs.AddRange(Set.Line("月", 30 + 5 + 2.5, 100, 10));
        glyphs.AddRange(Set.Line("1", 30 + 17.5 + 2.5, 100, 10));
        glyphs.AddRange(Set.Line("9", 30 + 25 + 2.5, 100, 10));
        glyphs.AddRange(Set.Line("日讯", 30 + 32.5 + 2.5, 100, 10));
        var line = Assert.Single(GroupLines.Apply(glyphs, []));
        Assert.Equal("5月19日讯", line.Text);
    }

    [Fact]
    public void A_printed_word_space_in_a_title_is_kept_as_one_space()
    {
        var glyphs = Set.Line("非遗进校园", 100, 50, 24, "Head").Concat(Set.Line("古韵润童心", 100 + 6 * 24, 50, 24, "Head")).ToList();
        Assert.Equal("非遗进校园 古韵润童心", Assert.Single(GroupLines.Apply(glyphs, [])).Text);
    }

    [Fact]
    public void A_vertical_rule_between_two_runs_cuts_them()
    {
        var glyphs = Set.Line("第一栏", 30, 100, 10).Concat(Set.Line("第二栏", 30 + 30 + 6, 100, 10)).ToList();
        var rule = new PdfShape(new Model.PageRegion(30 + 30 + 2.5, 90, 0.5, 40), PdfShapeKind.Rule);
        Assert.Equal(2, GroupLines.Apply(glyphs, [rule]).Count);
        Assert.Single(GroupLines.Apply(glyphs, []));
    }

    [Fact]
    public void A_headline_set_as_upright_glyphs_one_under_another_reads_top_to_bottom()
    {
        var glyphs = "春风送暖".Select((c, i) => new PdfGlyph(c.ToString(), 500, 100 + i * 26, 24, 24, "Head")).ToList();
        var lines = JoinStackedGlyphs.Apply(GroupLines.Apply(glyphs, []));
        var line = Assert.Single(lines);
        Assert.True(line.Vertical);
        Assert.Equal("春风送暖", line.Text);
    }

    [Fact]
    public void A_vertical_headline_in_two_columns_reads_the_right_column_first_each_top_to_bottom()
    {
        // Columns 27.6 pt apart (0.15 em between them), glyphs 24.5 pt apart down each column: tighter down than across.
        var right = "春风送暖入".Select((c, i) => new PdfGlyph(c.ToString(), 527.6, 100 + i * 24.5, 24, 24, "Head"));
        var left = "万家灯火".Select((c, i) => new PdfGlyph(c.ToString(), 500, 100 + i * 24.5, 24, 24, "Head"));
        var lines = JoinStackedGlyphs.Apply(GroupLines.Apply([.. right, .. left], []));
        var line = Assert.Single(lines);
        Assert.True(line.Vertical);
        Assert.Equal("春风送暖入万家灯火", line.Text);
    }

    [Fact]
    public void A_short_headline_over_lines_set_solid_stays_horizontal()
    {
        // Two glyphs a line, solid across, a third of an em of leading: a horizontal headline broken short.
        var glyphs = new[] { "春风", "送暖", "入户", "万家", "灯火", "通明" }.SelectMany((t, row) => Set.Line(t, 500, 100 + row * 32, 24, "Head")).ToList();
        var lines = JoinStackedGlyphs.Apply(GroupLines.Apply(glyphs, []));
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.False(l.Vertical));
    }
}
