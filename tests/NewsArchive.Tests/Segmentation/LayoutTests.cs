using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

public sealed class ParseBylineTests
{
    [Theory]
    [InlineData("（记者 苑莘 通讯员 张保忠）", "苑莘,张保忠", "")]
    [InlineData("（通讯员 杭书宁 记者 晏楚）", "杭书宁,晏楚", "")]
    [InlineData("■ 文/图 刘庆功", "刘庆功", "刘庆功")]
    [InlineData("■ 本报记者 韦清扬 文/图", "韦清扬", "韦清扬")]
    [InlineData("文/本报记者 郎溪月 图/通讯员 闵航", "郎溪月", "闵航")]
    [InlineData("■ 本报记者 沈一苇 通讯员 柴晓东 摄", "", "沈一苇,柴晓东")]
    [InlineData("□ 叶 青", "叶青", "")]
    [InlineData("（见习记者 蔺小雨 通讯员 甘棠）", "蔺小雨,甘棠", "")]
    [InlineData("（记者 欧阳若溪 通讯员 包振东）", "欧阳若溪,包振东", "")]
    public void Names_are_read_in_print_order_without_role_words(string byline, string reporters, string photographers)
    {
        var people = ParseByline.Read(byline, plainNamesArePhotographers: false);

        Assert.Equal(reporters, string.Join(",", people.Reporters));
        Assert.Equal(photographers, string.Join(",", people.Photographers));
    }

    [Fact]
    public void A_bare_credit_under_a_picture_names_the_photographer()
    {
        Assert.Equal(["田柏林"], ParseByline.Read("■ 田柏林", plainNamesArePhotographers: true).Photographers);
    }
}

public sealed class NormalizeBylineTests
{
    [Theory]
    [InlineData(new[] { "（记者 隋明远", "通讯员 覃晓禾）" }, "（记者 隋明远 通讯员 覃晓禾）")]
    [InlineData(new[] { "（记者 苑莘 通讯员 张", "保忠）" }, "（记者 苑莘 通讯员 张保忠）")]
    [InlineData(new[] { "（记者 梅书砚", "通 讯 员 柏 嘉 禾 ）" }, "（记者 梅书砚 通讯员 柏嘉禾）")]
    [InlineData(new[] { "（ 记 者 梅 书", "砚）" }, "（记者 梅书砚）")]
    public void A_byline_over_lines_reads_as_printed_with_single_spaces(string[] lines, string byline) =>
        Assert.Equal(byline, NormalizeByline.Apply(lines));
}

public sealed class BreakParagraphsTests
{
    private static BodyLine Line(string text, int block = 0) => new(text, TextWidth.Of(text), block);

    [Fact]
    public void A_short_line_ending_a_sentence_ends_the_paragraph_and_a_blank_line_does_not()
    {
        var lines = new[]
        {
            Line("今年以来，市农业农村局组织农"),
            Line("技人员深入田间地头，开展苗情墒情"),
            Line("调查，分类制定田管方案。截至目前"),
            Line("全市累计派出农技人员一千余人次，", 1),
            Line("举办现场培训会八十六场。", 1),
            Line("与此同时，岱川持续扩大油料作", 1),
            Line("物种植，良种化肥农药储备充足。", 1),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("今年以来", paragraphs[0]);
        Assert.Contains("截至目前全市累计", paragraphs[0]);
        Assert.StartsWith("与此同时", paragraphs[1]);
    }

    [Fact]
    public void An_indented_first_line_after_a_full_line_ending_a_sentence_starts_a_paragraph()
    {
        var lines = new[]
        {
            Line("技人员深入田间地头，开展苗情墒情"),
            Line("调查，分类制定田管方案，及时调度。"),
            Line("与此同时，岱川持续扩大油料作"),
            Line("物种植，良种化肥农药储备充足，价"),
            Line("格总体平稳，各县区还设立了电话。"),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("与此同时", paragraphs[1]);
    }

    [Fact]
    public void A_subhead_is_a_paragraph_of_its_own()
    {
        var lines = new[]
        {
            Line("子上，一朵朵黑木耳舒展着耳片。"),
            Line("收、晾晒，村民们正忙着采收。"),
            Line("从“试一试”到“抢着种”"),
            Line("青峰村地处深山，过去村民"),
            Line("主要靠种玉米、外出务工维持生"),
            Line("计，这里昼夜温差大、水质好。"),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Contains("从“试一试”到“抢着种”", paragraphs);
        Assert.StartsWith("青峰村", paragraphs[^1]);
    }
}
