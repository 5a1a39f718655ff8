using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

/// <summary>A slash in a byline, or any rule that loops, can never stop an archive: bylines end, and a page has a budget.</summary>
public sealed class SegmentationBudgetTests
{
    /// <summary>Runs on a thread of its own and waits a bounded time: the loop these bylines once caused never returned.</summary>
    private static ParseByline.People ReadWithin(string byline, bool photographers = false) =>
        Within(() => ParseByline.Read(byline, photographers), 10, $"reading the byline {byline}");

    internal static T Within<T>(Func<T> work, int seconds, string what)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"{what} did not end within {seconds} s");
        return task.Result;
    }

    [Theory]
    [InlineData("（记者 林金彦/文 李四/图）", "林金彦", "李四")]
    [InlineData("（记者 林金彦／文 李四／图）", "林金彦", "李四")]
    [InlineData("■ 通讯员 王五/文", "王五", "")]
    [InlineData("■ 摄/赵六", "", "赵六")]
    [InlineData("■ 文/张三 摄影/李四", "张三", "李四")]
    public void A_slash_after_a_name_ends_and_gives_the_role(string byline, string reporter, string photographer)
    {
        var people = ReadWithin(byline);

        Assert.Equal(reporter.Length == 0 ? [] : [reporter], people.Reporters);
        Assert.Equal(photographer.Length == 0 ? [] : [photographer], people.Photographers);
    }

    [Theory]
    [InlineData("（记者 张三 1/2）")]
    [InlineData("/////")]
    [InlineData("／文／图／")]
    [InlineData("记者/ /李/四/ 文/")]
    public void Any_slashes_in_a_byline_end(string byline)
    {
        ReadWithin(byline);
    }

    [Fact]
    public void A_page_whose_bylines_have_slashes_is_segmented_with_its_people()
    {
        var page = "市政府召开常务会议\n\n本报讯（记者 林金彦/文 李四/图）5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";
        var result = Within(() => PageSegmenter.Segment(page), 20, "the page's segmentation");

        var item = Assert.Single(result.Items);
        Assert.Contains("林金彦", item.Reporters);
        Assert.Contains("李四", item.Photographers);
    }

    private static string LongPage => string.Join("\n\n", TestPages.Names.Select(TestPages.Text));

    [Fact]
    public void A_page_over_its_step_budget_is_kept_whole_with_a_warning()
    {
        var result = PageSegmenter.Segment(LongPage, maxSteps: 5, maxBytes: long.MaxValue, maxTime: TimeSpan.MaxValue);

        Assert.Single(result.Items);
        Assert.Contains(result.Warnings, w => w.Contains(PageSegmenter.BudgetWarning, StringComparison.Ordinal) && w.Contains("steps", StringComparison.Ordinal));
        Assert.True(TextAccounting.Check(LongPage, result).Holds);
    }

    [Fact]
    public void A_page_over_its_allocation_budget_is_kept_whole_with_a_warning()
    {
        var result = PageSegmenter.Segment(LongPage, maxSteps: long.MaxValue, maxBytes: 1, maxTime: TimeSpan.MaxValue);

        Assert.Single(result.Items);
        Assert.Contains(result.Warnings, w => w.Contains("MB allocated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_over_its_time_is_kept_whole_with_a_warning()
    {
        var result = PageSegmenter.Segment(LongPage, maxSteps: long.MaxValue, maxBytes: long.MaxValue, maxTime: TimeSpan.Zero);

        Assert.Single(result.Items);
        Assert.Contains(result.Warnings, w => w.Contains(PageSegmenter.BudgetWarning, StringComparison.Ordinal));
    }

    [Fact]
    public void The_step_budget_is_deterministic_and_far_above_every_test_page()
    {
        foreach (var name in TestPages.Names)
        {
            var text = TestPages.Text(name);
            var result = PageSegmenter.Segment(text);
            Assert.DoesNotContain(result.Warnings, w => w.Contains(PageSegmenter.BudgetWarning, StringComparison.Ordinal));
            // A tenth of the budget still segments every real page: the budget only stops runaway rules.
            var tenth = PageSegmenter.Segment(text, SegmentationBudget.StepsFor(text.Length) / 10, SegmentationBudget.BytesFor(text.Length) / 10, SegmentationBudget.DefaultTime);
            Assert.DoesNotContain(tenth.Warnings, w => w.Contains(PageSegmenter.BudgetWarning, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_build_report_names_the_page_that_went_over_its_budget()
    {
        var report = new BuildReport();
        var page = new PageSource { Paper = new Paper("p", "p", "p"), File = "p/2023-05-04/01.txt", Date = new DateOnly(2023, 5, 4), Number = 1, Text = LongPage, Hash = "h" };
        var stage = new SegmentPages(text => PageSegmenter.Segment(text, 5, long.MaxValue, TimeSpan.MaxValue));

        var pages = stage.Run([page], report, NoProgress.Instance, 1);

        Assert.Single(pages[0].Articles);
        Assert.Contains(report.Diagnostics, d => d.File == "p/2023-05-04/01.txt" && d.Message.Contains(PageSegmenter.BudgetWarning, StringComparison.Ordinal));
    }
}
