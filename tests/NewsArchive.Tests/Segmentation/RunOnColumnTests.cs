using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

public sealed class RunOnColumnTests
{
    // Two narrow-column reports: the second one's headline spans the columns where the first one runs on, so
    // pdftotext prints it between the first report's two columns.
    private const string Page = """
        河湾镇新修水渠通水

        本报讯（记者 甲乙丙）入春以后，河湾镇
        组织村民清理沟渠，沿线农田用水更方便。
        镇水利站负责人介绍，渠道全长十二公里。

        北岭村果园迎来采摘季

        沿线村民说，今年浇地不用再排队，省了
        不少力气。水利站还安排专人巡护渠道。

        本报讯（通讯员 丁戊）连日来，北岭村果
        园里游客不断，果农忙着采摘装箱。村里还
        开了直播间，帮果农把果子卖到外地。
        """;

    [Fact]
    public void A_headline_printed_between_two_columns_of_a_report_goes_to_the_untitled_report_after_it()
    {
        var items = PageSegmenter.Segment(Page).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal("河湾镇新修水渠通水", items[0].Title);
        Assert.Contains("巡护渠道", string.Concat(items[0].Paragraphs));
        Assert.Equal("北岭村果园迎来采摘季", items[1].Title);
        Assert.StartsWith("连日来", items[1].Paragraphs[0]);
    }
}
