using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

public sealed class RunOnLineTests
{
    [Theory]
    [InlineData("供销社负责人某某介", "绍，今年计划再建冷库", true)]
    [InlineData("截至3月", "2", true)]
    [InlineData("全镇已建成 26", "处晾晒场", true)]
    [InlineData("东岭镇茶园迎来丰收", "本报讯（记者 甲乙）今年", false)]
    [InlineData("东岭镇茶园迎来丰收", "3月4日，东岭镇", false)]
    public void A_line_whose_word_or_number_goes_on_in_the_next_line_runs_on(string line, string next, bool runsOn) =>
        Assert.Equal(runsOn, HeadingShape.RunsOnInto(line, next));

    [Fact]
    public void A_column_cut_inside_a_word_after_a_finished_sentence_is_not_a_title()
    {
        const string page = """
            东岭镇茶园迎来丰收

            本报讯（记者 甲乙丙）今年以来，东岭镇
            扩大茶园面积，新修茶园便道四条。

            供销社负责人某某介

            绍，今年计划再建冷库两座。
            """;

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Equal("东岭镇茶园迎来丰收", item.Title);
        Assert.Contains("负责人某某介绍", string.Concat(item.Paragraphs));
    }
}
