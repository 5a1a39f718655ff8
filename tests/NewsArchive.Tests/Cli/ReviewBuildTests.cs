using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Cli;

/// <summary>`build --review`: the librarian's review page lists a doubtful page with why, its text and the fix, and no reader is led there.</summary>
public sealed class ReviewBuildTests
{
    // Two titles printed as a run between two bodies, neither reusing a word of either body; a body that stops
    // mid-sentence before an untitled scrap; markup that must reach the review page escaped.
    private const string Doubtful = "本报讯（记者 张明远）今年以来，全县新建温室两百余座，带动农户增收。县农业部门负责人介绍，温室蔬菜亩均收益比露地种植高出三倍，明年还将再建一百座，让更多农户受益。\n\n"
        + "春风又绿江南岸\n\n一年好景君须记<b>\n\n"
        + "本报讯（记者 李向东）近日，全镇举办首届丰收节，现场展销吸引了游客。丰收节期间，镇里还举办了农技培训，请来专家讲解果树修剪和病虫害防治，上千名农户\n\n"
        + "参加了培训，大家纷纷表示收获很大。\n";

    [Fact]
    public void Build_with_review_lists_the_doubtful_page_with_why_its_text_and_the_fix()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", Doubtful);

        var (code, _, _) = CommandsTests.Run("build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", Repo.Theme, "--review");

        Assert.Equal(0, code);
        var review = File.ReadAllText(dir.Combine("_site", "review", "index.html"));
        Assert.Contains("test-daily 2023-05-04 page 1", review);
        Assert.Contains("href=\"../test-daily/2023/05/04/01/index.html\"", review);
        Assert.Contains("test-daily/2023-05-04/01.corrections.yml", review);
        Assert.Contains("likely wrong", review);
        Assert.Contains("items:", review);
        Assert.Contains("&lt;b&gt;", review);
        Assert.DoesNotContain("<b>", review);
        Assert.Contains("noindex", review);
        // The sample page reads clearly: only the doubtful one is listed.
        Assert.DoesNotContain("liaocheng-daily", review);

        Assert.Contains("href=\"text/test-daily/2023/05/04/01.txt\"", review);
        var text = File.ReadAllText(dir.Combine("_site", "review", "text", "test-daily", "2023", "05", "04", "01.txt"));
        Assert.Equal(Doubtful, text);

        var readerPages = Directory.EnumerateFiles(dir.Combine("_site"), "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(dir.Combine("_site"), f).StartsWith("review", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal));
        Assert.All(readerPages, f => Assert.DoesNotContain("review/", File.ReadAllText(f)));
    }

    [Fact]
    public void Build_without_review_writes_no_review_page_but_reports_the_doubt()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", Doubtful);

        var (code, _, stderr) = CommandsTests.Run("build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", Repo.Theme);

        Assert.Equal(0, code);
        Assert.False(Directory.Exists(dir.Combine("_site", "review")));
        Assert.Contains("segmentation unsure", File.ReadAllText(dir.Combine("_site.build-report.json")) + stderr);
    }
}
