using System.Text;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Rendering;
using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

/// <summary>Pages the segmentation is unsure of: a build-report warning and the librarian's review page.</summary>
public sealed class ReviewTests
{
    // Two titles printed as a run between two bodies, neither reusing a word of either body: nothing decides.
    private const string Unsure = "本报讯（记者 张明远）今年以来，全县新建温室两百余座，带动农户增收。县农业部门负责人介绍，温室蔬菜亩均收益比露地种植高出三倍，明年还将再建一百座，让更多农户受益。\n\n"
        + "春风又绿江南岸\n\n一年好景君须记<b>\n\n"
        + "本报讯（记者 李向东）近日，全镇举办首届丰收节，现场展销吸引了游客。丰收节期间，镇里还举办了农技培训，请来专家讲解果树修剪和病虫害防治，上千名农户参加。\n";

    [Fact]
    public void An_unsure_page_is_a_build_report_warning_and_carries_its_doubts()
    {
        var report = new BuildReport();

        var page = Assert.Single(new SegmentPages().Run([Source(Unsure, corrections: null)], report, NoProgress.Instance, 1));

        Assert.NotNull(page.Doubtful);
        Assert.Contains(report.Diagnostics, d => d.File == "t/2023-05-04/01.txt" && d.Message.Contains("segmentation unsure", StringComparison.Ordinal)
            && d.Message.Contains(ReviewPage.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_with_a_corrections_file_is_settled_and_not_listed()
    {
        using var dir = new Support.TempDir();
        var sidecar = Path.Combine(dir.Path, "01.corrections.yml");
        File.WriteAllText(sidecar, "merge: []\n");
        var report = new BuildReport();

        var page = Assert.Single(new SegmentPages().Run([Source(Unsure, sidecar)], report, NoProgress.Instance, 1));

        Assert.Null(page.Doubtful);
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("segmentation unsure", StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_page_links_each_unsure_page_and_shows_its_correction_escaped()
    {
        var page = Assert.Single(new SegmentPages().Run([Source(Unsure, corrections: null)], new BuildReport(), NoProgress.Instance, 1));
        var paper = page.Paper;
        var archive = new Archive { Papers = [paper], Issues = [new Issue { Paper = paper, Date = page.Date, Pages = [page] }] };

        var file = ReviewPage.Render(archive);
        var html = Encoding.UTF8.GetString(file.Content);

        Assert.Equal("review/index.html", file.Path);
        Assert.Contains("href=\"../t/2023/05/04/01/index.html\"", html);
        Assert.Contains("noindex", html);
        Assert.Contains("items:", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;b&gt;", html);
    }

    private static PageSource Source(string text, string? corrections) => new()
    {
        File = "t/2023-05-04/01.txt",
        Paper = new Paper("t", "测试日报", "Test Daily"),
        Date = new DateOnly(2023, 5, 4),
        Number = 1,
        Text = text,
        Hash = "",
        CorrectionsFile = corrections,
    };
}
