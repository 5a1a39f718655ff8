using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Tests.Segmentation;

/// <summary>
/// Pages set with wide leading: pdftotext gives every line a block of its own (a blank line after each), so blocks
/// say nothing about paragraphs or headings.
/// </summary>
public sealed class WideLeadingTests
{
    private static readonly string[] Printed =
    [
        "东岭镇茶园迎来丰收",
        "本报讯（记者 甲乙丙）今年以来，东岭镇",
        "扩大茶园面积，新修茶园便道四条，全镇",
        "茶农收入稳步增长。镇里还组织技术人员",
        "下村入户，指导茶农科学管护，提升茶叶",
        "品质。",
        "镇农技站站长介绍，今年春茶采摘比往年",
        "提前了一周，每亩增收三百多元，不少外",
        "出务工的年轻人也回乡种茶。",
        "西河村修通入户路",
        "本报讯（记者 丁戊）日前，西河村最后一",
        "段入户路完成硬化，全村一百二十户群众",
        "出行难的问题得到解决。",
        "这段路长一点二公里，由村集体出资、群",
        "众投工投劳修建，工期两个月。路修通后，",
        "村里的果品可以直接装车运出，运费比过",
        "去少了一半。",
        "村党支部书记说，下一步将在路边安装路",
        "灯，再修一座小型停车场，方便群众生活。",
        "全村今年还计划新栽果树两百亩。",
    ];

    [Fact]
    public void A_page_whose_every_line_stands_alone_is_read_as_running_text()
    {
        var page = string.Join("\n\n", Printed) + "\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(["东岭镇茶园迎来丰收", "西河村修通入户路"], items.Select(i => i.Title));
        Assert.Contains("茶农收入稳步增长。镇里还组织技术人员下村入户", string.Concat(items[0].Paragraphs));
        Assert.Contains("由村集体出资、群众投工投劳修建", string.Concat(items[1].Paragraphs));
        Assert.Equal(["甲乙丙"], items[0].Reporters);
    }

    [Fact]
    public void A_page_of_ordinary_blocks_keeps_its_blocks()
    {
        // Title, dateline paragraph and a second paragraph each a block of their own: most lines share a block.
        var page = string.Join("\n", Printed[..1]) + "\n\n" + string.Join("\n", Printed[1..6]) + "\n\n"
            + string.Join("\n", Printed[6..9]) + "\n\n" + Printed[9] + "\n\n" + string.Join("\n", Printed[10..]) + "\n";

        var lines = SplitLines.Apply(page);

        Assert.Equal(5, lines.Select(l => l.Block).Distinct().Count());
    }

    [Fact]
    public void A_form_feed_still_ends_a_block_on_a_page_of_one_line_blocks()
    {
        var page = string.Join("\n\n", Printed[..9]) + "\n\f" + string.Join("\n\n", Printed[9..]) + "\n";

        var lines = SplitLines.Apply(page);

        var title = lines.Single(l => l.Text == "西河村修通入户路");
        Assert.All(lines.Where(l => l.Number < title.Number), l => Assert.True(l.Block < title.Block));
        Assert.Equal(2, lines.Where(l => l.Number < title.Number).Select(l => l.Block).Distinct().Count());
    }

    [Fact]
    public void Titles_of_neighbouring_articles_printed_one_after_the_other_stay_two_titles()
    {
        // Two articles side by side: pdftotext reads both headlines before either report.
        string[] printed =
        [
            .. Printed[1..9],
            "东岭镇茶园迎来丰收",
            "西河村修通入户路",
            .. Printed[10..],
        ];
        var page = string.Join("\n\n", printed) + "\n";

        var titles = PageSegmenter.Segment(page).Items.Select(i => i.Title).ToList();

        Assert.Contains("西河村修通入户路", titles);
        Assert.DoesNotContain("东岭镇茶园迎来丰收西河村修通入户路", titles);
    }
}
