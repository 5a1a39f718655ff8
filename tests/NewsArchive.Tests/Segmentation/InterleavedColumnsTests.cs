using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Tests.Segmentation;

/// <summary>
/// Pages set with wide leading that pdftotext reads row by row across a band's columns: line 1 of column 1, line 1
/// of column 2, line 2 of column 1, ... Each column is a measure of 12 characters; a paragraph opens two characters in;
/// the right column starts with the end of a paragraph, so the columns' paragraphs do not line up.
/// </summary>
public sealed class InterleavedColumnsTests
{
    private static readonly string[] Left =
    [
        "东岭镇今年新修茶园便", "道四条，扩大茶园面积三百", "亩，全镇茶农收入稳步增长", "了。",
        "镇里还组织技术人员下", "村入户，指导茶农科学管护", "，提升茶叶品质，春茶采摘", "比往年提前一周。",
        "不少外出务工的年轻人", "也回乡种茶。", "明年计划再扩种茶园两", "百亩。",
    ];

    private static readonly string[] Right =
    [
        "各村要加快进度，力争在年", "底前全部完工。", "西河村最后一段入户路", "日前完成硬化，全村一百二", "十户群众出行难的问题得到", "解决。",
        "这段路长一点二公里，", "由村集体出资、群众投工投", "劳修建，工期两个月，路修", "通后运费少了一半。",
        "村里还计划新栽果树两", "百亩。",
    ];

    /// <summary>The two columns read row by row, every line a block of its own, under a short headline.</summary>
    private static string Interleaved() =>
        "茶乡新貌\n\n" + string.Join("\n\n", Left.Zip(Right, (l, r) => l + "\n\n" + r)) + "\n";

    [Fact]
    public void Columns_read_row_by_row_are_put_back_one_after_the_other()
    {
        var lines = SplitLines.Apply(Interleaved()).Select(l => l.Text).ToList();

        Assert.Equal(["茶乡新貌", .. Left, .. Right], lines);
    }

    [Fact]
    public void An_interleaved_report_reads_its_sentences_whole()
    {
        var body = string.Concat(PageSegmenter.Segment(Interleaved()).Items.SelectMany(i => i.Paragraphs));

        Assert.Contains("扩大茶园面积三百亩，全镇茶农收入稳步增长了。", body);
        Assert.Contains("全村一百二十户群众出行难的问题得到解决。", body);
    }

    [Fact]
    public void One_column_read_in_order_keeps_its_order()
    {
        var page = "茶乡新貌\n\n" + string.Join("\n\n", Left.Concat(Right)) + "\n";

        var lines = SplitLines.Apply(page).Select(l => l.Text).ToList();

        Assert.Equal(["茶乡新貌", .. Left, .. Right], lines);
    }
}
