using System.Text;
using NewsArchive.Ingest;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Ingest;

public sealed class ReadPagesTests
{
    private const string PaperYaml = "name_zh: 测试日报\nname_en: Test Daily\n";
    private const string Page = "本报讯（记者 张三）12月14日，市政府召开会议。\n\n会议要求各部门抓好落实。\n";

    [Fact]
    public void Paper_date_page_number_and_name_come_from_folders_and_file_names()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/2023-05-04/03-要闻.txt", Page);
        var report = new BuildReport();

        var page = Assert.Single(new ReadPages().Run(dir.Path, report));

        Assert.Equal(("test-daily", "测试日报", "Test Daily"), (page.Paper.Slug, page.Paper.NameZh, page.Paper.NameEn));
        Assert.Equal(new DateOnly(2023, 5, 4), page.Date);
        Assert.Equal(3, page.Number);
        Assert.Equal("要闻", page.Name);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_page_sidecar_overrides_the_file_name()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/2023-05-04/scan.txt", Page);
        dir.Write("test-daily/2023-05-04/scan.yml", "page: 5\nname: 经济\n");

        var page = Assert.Single(new ReadPages().Run(dir.Path, new BuildReport()));

        Assert.Equal((5, "经济"), (page.Number, page.Name));
    }

    [Fact]
    public void Date_printed_in_the_masthead_is_used_with_a_warning_when_the_folder_gives_none()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/unsorted/01.txt", "测试日报\n2023年5月4日 星期四\n" + Page);
        var report = new BuildReport();

        var page = Assert.Single(new ReadPages().Run(dir.Path, report));

        Assert.Equal(new DateOnly(2023, 5, 4), page.Date);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("test-daily/unsorted/01.txt", Severity.Warning), (warning.File, warning.Severity));
    }

    [Fact]
    public void A_page_without_any_date_is_an_error_naming_the_file()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/unsorted/01.txt", Page);
        var report = new BuildReport();

        Assert.Empty(new ReadPages().Run(dir.Path, report));

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(("test-daily/unsorted/01.txt", Severity.Error), (error.File, error.Severity));
        Assert.Contains("no issue date", error.Message);
    }

    [Fact]
    public void Missing_paper_names_are_a_warning_not_a_silent_guess()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/2023-05-04/01.txt", Page);
        var report = new BuildReport();

        var page = Assert.Single(new ReadPages().Run(dir.Path, report));

        Assert.Equal("test-daily", page.Paper.NameZh);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal("test-daily/paper.yml", warning.File);
    }

    [Fact]
    public void Bad_files_are_reported_by_name_and_the_good_pages_are_still_read()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/2023-05-04/01.txt", Page);
        dir.Write("test-daily/2023-05-04/02.txt", "");
        dir.Write("test-daily/2023-05-04/03.txt", Encoding.GetEncoding("big5").GetBytes("本報訊（記者 張三）市政府召開會議，討論經濟發展與城市建設的規劃。"));
        dir.Write("test-daily/2023-05-04/04.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0, 0, 0xFF, 0x00]);
        dir.Write("test-daily/2023-05-04/05.pdf", [0x25, 0x50, 0x44, 0x46]);
        var report = new BuildReport();

        var pages = new ReadPages().Run(dir.Path, report);

        Assert.Equal([1], pages.Select(p => p.Number));
        Assert.Equal(
            ["test-daily/2023-05-04/02.txt", "test-daily/2023-05-04/03.txt", "test-daily/2023-05-04/04.txt", "test-daily/2023-05-04/05.pdf"],
            report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.File).Order(StringComparer.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.File == "test-daily/2023-05-04/05.pdf" && d.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_line_endings_are_normalised()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/2023-05-04/01.txt", Page.Replace("\n", "\r\n"));

        var page = Assert.Single(new ReadPages().Run(dir.Path, new BuildReport()));

        Assert.Equal(Page, page.Text);
    }
}
