using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

public sealed class SplitDatelineTests
{
    [Fact]
    public void A_byline_on_the_line_after_a_dateline_that_fills_its_line_is_the_reports_byline()
    {
        const string page = """
            东岭镇茶园迎来丰收
            本报东岭3月4日讯
            （记者 甲乙丙）为让茶农
            用得好，供销社组织志愿者
            上门讲解，逐户登记意见。
            """;

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Equal(["甲乙丙"], item.Reporters);
        Assert.StartsWith("为让茶农", item.Paragraphs[0]);
        Assert.DoesNotContain("记者", string.Concat(item.Paragraphs));
    }

    [Fact]
    public void A_byline_split_over_the_next_two_lines_is_read_whole()
    {
        const string page = """
            东岭镇茶园迎来丰收
            本报东岭3月4日讯
            （通讯员 丁戊 记者 甲
            乙丙）今年以来，东岭镇
            扩大茶园面积，新修茶园便道四条。
            """;

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Equal(["丁戊", "甲乙丙"], item.Reporters.Order(StringComparer.Ordinal));
        Assert.StartsWith("今年以来", item.Paragraphs[0]);
    }

    [Fact]
    public void A_bracket_that_is_no_credit_after_a_dateline_stays_in_the_body()
    {
        const string page = """
            东岭镇茶园迎来丰收
            本报东岭3月4日讯
            （上接第一版）今年以来，东岭镇
            扩大茶园面积，新修茶园便道四条。
            """;

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Empty(item.Reporters);
    }
}
