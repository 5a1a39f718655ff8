using NewsArchive.Enrichment.English;
using NewsArchive.Ingest;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Ingest;

/// <summary>PDF pages in the input: beside or instead of text, one page or a whole issue per file, with the same sidecars.</summary>
public sealed class ReadPdfInputTests
{
    private const string PaperYaml = "name_zh: 测试日报\nname_en: Test Daily\n";
    private const string Page = "本报讯（记者 张三）12月14日，市政府召开会议。\n\n会议要求各部门抓好落实。\n";

    [Fact]
    public void A_PDF_wins_over_a_text_file_of_the_same_page_and_the_report_says_so()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/2023-05-04/page-01.txt", Page);
        dir.Write("test-daily/2023-05-04/page-02.txt", Page + "第二版。\n");
        dir.Write("test-daily/2023-05-04/page-02.pdf", TestPdfs.Built(["Page two, as printed"]));
        var report = new BuildReport();

        var pages = new ReadPages().Run(dir.Path, report);

        Assert.Equal([(1, false), (2, true)], pages.Select(p => (p.Number, p.Pdf is not null)));
        Assert.Equal("test-daily/2023-05-04/page-02.pdf", pages[1].File);
        var note = Assert.Single(report.Diagnostics);
        Assert.Equal((Severity.Info, "test-daily/2023-05-04/page-02.txt"), (note.Severity, note.File));
        Assert.Contains("the PDF is read", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_of_many_pages_is_the_issue_s_pages_in_order_numbered_by_their_printed_page_number()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        var html = "<html><body style=\"font-size:20px\">"
            + string.Join("<div style=\"break-after:page\"></div>", new[] { 3, 4, 5 }.Select(n => $"<p>测试日报 第{n}版</p><h1>标题{n}</h1><p>正文第{n}页。</p>"))
            + "</body></html>";
        dir.Write("test-daily/2023-05-04/issue.pdf", TestPdfs.Print(html));
        var report = new BuildReport();

        var pages = new ReadPages().Run(dir.Path, report);

        Assert.Equal([3, 4, 5], pages.Select(p => p.Number));
        Assert.Equal(["test-daily/2023-05-04/issue.pdf#page=1", "test-daily/2023-05-04/issue.pdf#page=2", "test-daily/2023-05-04/issue.pdf#page=3"], pages.Select(p => p.File));
        Assert.Equal([0, 1, 2], pages.Select(p => p.Pdf!.PageIndex));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_PDF_of_many_pages_without_printed_numbers_is_numbered_in_file_order()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        var html = "<html><body>" + string.Join("<div style=\"break-after:page\"></div>", new[] { "One", "Two" }.Select(t => $"<h1>{t}</h1>")) + "</body></html>";
        dir.Write("test-daily/2023-05-04/scan-07.pdf", TestPdfs.Print(html));

        var pages = new ReadPages().Run(dir.Path, new BuildReport());

        Assert.Equal([1, 2], pages.Select(p => p.Number));
    }

    [Fact]
    public void Sidecars_work_for_a_PDF_page_as_for_a_text_page()
    {
        using var dir = new TempDir();
        dir.Write("test-daily/paper.yml", PaperYaml);
        dir.Write("test-daily/unsorted/scan.pdf", TestPdfs.Built(["A page"]));
        dir.Write("test-daily/unsorted/scan.yml", "page: 6\nname: 经济\ndate: 2023-05-04\n");
        dir.Write("test-daily/unsorted/scan.corrections.yml", "merge: [1]\n");

        var page = Assert.Single(new ReadPages().Run(dir.Path, new BuildReport()));

        Assert.Equal((6, "经济", new DateOnly(2023, 5, 4)), (page.Number, page.Name, page.Date));
        Assert.Equal(dir.Combine("test-daily/unsorted/scan.corrections.yml"), page.CorrectionsFile);
        Assert.Equal("test-daily/unsorted/scan.en.yml", LibrarianEnglish.SidecarOf(page.File));
        Assert.Equal("test-daily/2023-05-04/issue.p3.en.yml", LibrarianEnglish.SidecarOf("test-daily/2023-05-04/issue.pdf#page=3"));
    }
}
