using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Corrections;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Segmentation;

public sealed class CorrectionsTests
{
    private const string Page = """
        本报讯（记者 甲乙丙）近日，某县召开
        会议，部署今年的春耕生产工作。会上
        要求各地抓好良种供应。
        会议指出，今年全县计划播种粮食作
        物六十万亩，确保粮食产量稳定。

        春耕生产全面展开

        本报讯（记者 丁戊）昨日，某市举办
        招聘会，吸引众多求职者参加。

        招聘会吸引万人参加
        """;

    [Fact]
    public void Field_values_of_item_N_override_the_automatic_ones_and_the_replaced_text_is_recorded()
    {
        var (corrections, error) = ReadCorrections.Parse("""
            items:
              2:
                kind: brief
                kicker: 某市
                title: 万人招聘会
                reporters: [丁戊, 己庚]
            """);
        Assert.Null(error);
        var automatic = PageSegmenter.Segment(Page);

        var (result, warnings) = ApplyCorrections.Apply(automatic, corrections!);

        Assert.Empty(warnings);
        var item = result.Items[1];
        Assert.Equal(ItemKind.Brief, item.Kind);
        Assert.Equal("某市", item.Kicker);
        Assert.Equal("万人招聘会", item.Title);
        Assert.Equal(["丁戊", "己庚"], item.Reporters);
        Assert.Contains(result.Removed, r => r.Text == "招聘会吸引万人参加" && r.Reason == ApplyCorrections.ReplacedReason);
        Assert.Equal(automatic.Items[0], result.Items[0]);
    }

    [Fact]
    public void A_split_starts_an_item_at_the_given_text_and_a_merge_joins_two()
    {
        var (corrections, _) = ReadCorrections.Parse("split:\n  - 会议指出\nmerge: [2]\n");
        var automatic = PageSegmenter.Segment(Page);
        Assert.Equal(2, automatic.Items.Count);

        var (result, warnings) = ApplyCorrections.Apply(automatic, corrections!);

        Assert.Empty(warnings);
        // Split gives three items; merging item 2 with 3 leaves two, the second starting at the split.
        Assert.Equal(2, result.Items.Count);
        Assert.StartsWith("会议指出", result.Items[1].Paragraphs[0]);
        Assert.Contains(result.Items[1].Paragraphs, p => p.StartsWith("昨日", StringComparison.Ordinal));
        Assert.True(TextAccounting.Check(Page, result).Holds);
    }

    [Theory]
    [InlineData("items:\n  2:\n    titel: x\n", 3, 5, "unknown item field 'titel'")]
    [InlineData("items:\n  1:\n    kind: story\n", 3, 11, "kind must be")]
    [InlineData("split: [\n", 2, 1, "cannot read YAML")]
    [InlineData("merge: [zwei]\n", 1, 9, "item number")]
    [InlineData("splits: []\n", 1, 1, "unknown key 'splits'")]
    public void A_bad_sidecar_is_an_error_with_line_and_column(string yaml, int line, int column, string message)
    {
        var (corrections, error) = ReadCorrections.Parse(yaml);

        Assert.Null(corrections);
        Assert.NotNull(error);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_build_prefers_the_sidecar_and_a_bad_one_is_an_error_naming_the_file_while_the_page_still_segments()
    {
        using var dir = new TempDir();
        var good = dir.Write("p/2024-01-01/page-01.corrections.yml", "items:\n  1:\n    title: 校正后的标题\n");
        var bad = dir.Write("p/2024-01-01/page-02.corrections.yml", "items:\n  1:\n    titel: x\n");
        var report = new BuildReport();
        var pages = new[] { Source("p/2024-01-01/page-01.txt", good), Source("p/2024-01-01/page-02.txt", bad) };

        var printed = new SegmentPages().Run(pages, report, NoProgress.Instance, 1);

        Assert.Equal("校正后的标题", printed[0].Articles[0].Item.Title);
        Assert.Equal("春耕生产全面展开", printed[1].Articles[0].Item.Title);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("p/2024-01-01/page-02.corrections.yml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("column 5", error.Message);
    }

    [Fact]
    public void The_build_report_lists_each_leftover_and_each_page_kept_whole_with_its_page_file()
    {
        var report = new BuildReport();
        var pages = new[] { Source("p/2024-01-01/page-03.txt", null, "只有一段没有结构的文字\n") };

        new SegmentPages().Run(pages, report, NoProgress.Instance, 1);

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("p/2024-01-01/page-03.txt", warning.File);
        Assert.Contains("no recognisable articles", warning.Message);
    }

    private static PageSource Source(string file, string? corrections, string text = Page) => new()
    {
        File = file,
        Paper = new Paper("p", "某报", "Some Daily"),
        Date = new DateOnly(2024, 1, 1),
        Number = 1,
        Text = text,
        Hash = "",
        CorrectionsFile = corrections,
    };
}
