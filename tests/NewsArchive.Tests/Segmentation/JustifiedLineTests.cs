using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

public sealed class JustifiedLineTests
{
    [Theory]
    [InlineData("茶 叶 种 植 面 积 已 达 15543", true)]
    [InlineData("镇 上 新 建 冷 库 12 座", true)]
    [InlineData("短 评", false)]
    [InlineData("东岭镇 38 个茶园年内完工", false)]
    public void A_narrow_column_line_spread_by_justification_is_body_text_not_a_heading(string line, bool justified)
    {
        Assert.Equal(justified, HeadingShape.IsJustifiedLine(line));
        Assert.Equal(!justified, HeadingShape.IsHeadingLike(line));
    }

    [Fact]
    public void A_spread_line_opening_a_block_in_mid_sentence_stays_in_its_article()
    {
        const string page = """
            东岭镇茶园迎来丰收

            本报讯（记者 甲乙丙）今年以来，东岭镇
            扩大茶园面积，新修茶园便道四条。

            茶 叶 种 植 面 积 已 达 15543
            亩，比去年增加三成。
            """;

        var items = PageSegmenter.Segment(page).Items;

        var item = Assert.Single(items);
        Assert.Empty(item.Captions);
        Assert.Contains("面积已达15543亩", string.Concat(item.Paragraphs));
    }
}
