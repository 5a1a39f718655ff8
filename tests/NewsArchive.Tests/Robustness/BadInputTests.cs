using System.Text;
using System.Text.Json;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// Whatever a librarian drops into input/, the build names the bad file (with line and column where it helps),
/// exits 1, and still builds every good page of the archive.
/// </summary>
public sealed class BadInputTests
{
    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Issue = "input/test-daily/2023-05-04/";
    private const string GoodPage = "本报讯（记者 张三）5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";
    private const string OtherPage = "本报讯 连日来，全市各地抢抓农时开展夏收夏种，田间地头一派繁忙景象。\n";

    public static TheoryData<string, string, byte[], string> Refused() => new()
    {
        { "an empty file", "02.txt", [], "empty" },
        { "only blank space", "02.txt", Encoding.UTF8.GetBytes(" \n\t\r\n　　\n\f"), "no text" },
        { "a binary file", "02.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x10, 0x7F, 0x00, 0x00, 0x41, 0x42, 0x00, 0x00, 0x00, 0x00], "binary" },
        { "a broken PDF saved as .txt (read as a PDF)", "02.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"), "cannot read the PDF" },
        { "a PNG scan saved as .txt", "02.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "PNG" },
        { "Big5 text", "02.txt", Encoding.GetEncoding("big5").GetBytes("本報訊（記者 張三）市政府召開會議，討論經濟發展與城市建設的規劃。"), "Big5" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_bad_page_file_is_an_error_naming_it_and_the_rest_still_builds(string what, string name, byte[] bytes, string reason)
    {
        using var dir = Archive();
        dir.Write(Issue + name, bytes);

        var result = Build(dir);

        Assert.True(result.ExitCode == 1, what);
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("test-daily/2023-05-04/" + name, error.File);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_50_MB_page_is_refused_with_its_size_before_it_is_read()
    {
        using var dir = Archive();
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(GoodPage, 50 * 1024 * 1024 / Encoding.UTF8.GetByteCount(GoodPage) + 1)));
        dir.Write(Issue + "02.txt", big);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = Build(dir);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("test-daily/2023-05-04/02.txt", error.File);
        Assert.Contains("50.0 MB", error.Message);
        Assert.Contains("split it", error.Message);
        // The file is refused from its size: reading pages (on this thread) allocates far less than the file holds.
        Assert.True(allocated < big.Length / 2, $"the build allocated {allocated / 1048576} MB for a refused {big.Length / 1048576} MB file");
        AssertGoodPageBuilt(dir);
    }

    public static TheoryData<string, byte[]> Converted() => new()
    {
        { "GB18030", Encoding.GetEncoding("GB18030").GetBytes(OtherPage) },
        { "GBK", Encoding.GetEncoding("GBK").GetBytes(OtherPage) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(OtherPage)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(OtherPage)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(OtherPage)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(OtherPage) },
        { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(OtherPage) },
        { "mixed line endings", Encoding.UTF8.GetBytes("本报讯 连日来，全市各地\r\n抢抓农时开展夏收夏种，\r田间地头\n一派繁忙景象。\r\n\r\n") },
    };

    [Theory]
    [MemberData(nameof(Converted))]
    public void Text_in_another_encoding_or_with_mixed_line_endings_is_converted_not_rejected(string what, byte[] bytes)
    {
        using var dir = Archive();
        dir.Write(Issue + "02.txt", bytes);

        var result = Build(dir);

        Assert.True(result.ExitCode == 0, what + ": " + string.Join("\n", result.Report.Diagnostics));
        var article = File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/02/01.html"));
        Assert.Contains("田间地头", article);
        Assert.DoesNotContain("\r", article);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_page_with_no_recognisable_article_is_kept_whole_with_a_warning()
    {
        using var dir = Archive();
        var prose = "连日来全市各地抢抓农时开展夏收夏种田间地头一派繁忙景象\n农机手驾驶收割机来回穿梭金黄的麦浪随之倒伏\n今年全市小麦种植面积稳中有增长势良好丰收在望\n";
        dir.Write(Issue + "02.txt", prose);

        var result = Build(dir);

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Warning && d.File == "test-daily/2023-05-04/02.txt");
        Assert.Matches("no (recognisable )?articles?", warning.Message);
        var articles = Directory.EnumerateFiles(dir.Combine("_site/test-daily/2023/05/04/02"), "0*.html").ToList();
        var text = string.Concat(articles.Select(File.ReadAllText));
        foreach (var line in prose.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.Contains(line, text);
    }

    [Fact]
    public void A_malformed_sidecar_is_an_error_with_line_and_column()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.txt", OtherPage);
        dir.Write(Issue + "02.yml", "page: 2\nname: [经济\n");

        var result = Build(dir);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("test-daily/2023-05-04/02.yml", 2, 7), (error.File, error.Line, error.Column));
        Assert.Contains("line 2, column 7", error.Message);
        Assert.StartsWith("test-daily/2023-05-04/02.yml:2:7: error:", error.ToString());
        // The page itself still builds, from its file name.
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/02/01.html")));
        var json = JsonDocument.Parse(File.ReadAllText(dir.Combine("_site.build-report.json")));
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.TryGetProperty("file", out var f) && f.GetString() == "test-daily/2023-05-04/02.yml" && d.GetProperty("line").GetInt32() == 2 && d.GetProperty("column").GetInt32() == 7);
    }

    [Fact]
    public void A_sidecar_value_of_the_wrong_type_is_an_error_with_its_position()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.txt", OtherPage);
        dir.Write(Issue + "02.yml", "name: 经济\npage: 第二版\n");

        var result = Build(dir);

        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("test-daily/2023-05-04/02.yml", 2, 7), (error.File, error.Line, error.Column));
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_broken_paper_yml_is_an_error_and_the_papers_pages_still_build()
    {
        using var dir = Archive();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: \"Test Daily\n");

        var result = Build(dir);

        Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Error && d.File == "test-daily/paper.yml" && d.Line is not null && d.Column is not null);
        AssertGoodPageBuilt(dir);
    }

    [Theory]
    [InlineData("input/test-daily/2023-02-30/01.txt", null, "test-daily/2023-02-30/01.txt", "'2023-02-30'")]
    [InlineData("input/test-daily/2023-02-29/01.txt", null, "test-daily/2023-02-29/01.txt", "not in the calendar")]
    [InlineData("input/test-daily/scans/01.txt", "date: 2023-04-31\n", "test-daily/scans/01.txt", "'2023-04-31' in test-daily/scans/01.yml")]
    [InlineData("input/test-daily/scans/01.txt", "date: 2023-13-01\n", "test-daily/scans/01.txt", "not a day of the calendar")]
    [InlineData("input/test-daily/scans/01.txt", "date: 4 May 2023\n", "test-daily/scans/01.txt", "not YYYY-MM-DD")]
    public void A_date_that_does_not_exist_is_an_error_naming_the_file(string path, string? sidecar, string file, string reason)
    {
        using var dir = Archive();
        dir.Write(path, OtherPage);
        if (sidecar is not null)
            dir.Write(Path.ChangeExtension(path, ".yml"), sidecar);

        var result = Build(dir);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(file, error.File);
        Assert.Contains(reason, error.Message);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_masthead_date_that_does_not_exist_is_an_error_not_a_guess()
    {
        using var dir = Archive();
        dir.Write("input/test-daily/scans/01.txt", "测试日报\n2023年2月30日 星期四\n" + OtherPage);

        var result = Build(dir);

        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("test-daily/scans/01.txt", error.File);
        Assert.Contains("2023年2月30日", error.Message);
    }

    [Fact]
    public void Two_pages_claiming_one_page_of_an_issue_are_an_error_naming_both_and_the_first_is_kept()
    {
        using var dir = Archive();
        dir.Write(Issue + "page-1.txt", OtherPage);
        dir.Write(Issue + "scan.txt", "本报讯 另一个版面的文字，自称也是第一版。\n");
        dir.Write(Issue + "scan.yml", "page: 1\n");

        var result = Build(dir);

        Assert.Equal(1, result.ExitCode);
        var errors = result.Report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["test-daily/2023-05-04/page-1.txt", "test-daily/2023-05-04/scan.txt"], errors.Select(e => e.File));
        Assert.All(errors, e => Assert.Contains("test-daily/2023-05-04/01.txt and test-daily/2023-05-04/", e.Message));
        // 01.txt sorts first and is kept, whatever order the disk lists the files in.
        Assert.Contains("市政府召开常务会议", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
        Assert.False(Directory.Exists(dir.Combine("_site/test-daily/2023/05/04/02")));
    }

    [Fact]
    public void A_page_number_out_of_range_in_a_sidecar_is_an_error_and_the_file_name_stands()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.txt", OtherPage);
        dir.Write(Issue + "02.yml", "page: -4\n");

        var result = Build(dir);

        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("test-daily/2023-05-04/02.yml", error.File);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/02/01.html")));
    }

    [Fact]
    public void A_date_in_a_file_name_is_not_taken_for_the_page_number()
    {
        using var dir = Archive();
        dir.Write(Issue + "20230504-03-要闻.txt", OtherPage);

        var result = Build(dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("要闻", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/03/index.html")));
    }

    [Fact]
    public void File_and_folder_names_with_spaces_Chinese_and_dots_build_inside_the_site()
    {
        using var dir = new TempDir();
        dir.Write("input/Test Daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write("input/Test Daily/2023-05-04/page 01.txt", GoodPage);
        dir.Write("input/Test Daily/2023-05-04/第 02 版 经济.txt", OtherPage);
        dir.Write("input/Test Daily/2023-05-04/a..b 03.txt", OtherPage.Replace("连日来", "近日"));
        dir.Write("input/测试晚报/paper.yml", "name_zh: 测试晚报\nname_en: Test Evening\n");
        dir.Write("input/测试晚报/2023-05-04/01.txt", GoodPage);
        dir.Write("input/..%2F..%2Fetc/2023-05-04/01.txt", GoodPage);
        dir.Write("input/a..b/2023-05-04/01.txt", GoodPage);

        var result = Build(dir);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/02/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/03/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/测试晚报/2023/05/04/01/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/a-b/2023/05/04/01/01.html")));
        Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Warning && d.File == "Test Daily/" && d.Message.Contains("'test-daily'"));
        // Everything the build wrote is inside the site folder (or is the report beside it).
        Assert.Equal(["._site.lock", "_site", "_site.build-report.json", "input"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_paper_folders_with_the_same_url_name_are_an_error_and_the_first_is_kept()
    {
        using var dir = Archive();
        dir.Write("input/Test Daily/2023-05-04/01.txt", OtherPage);

        var result = Build(dir);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("Test Daily/", error.File);
        Assert.Contains("'test-daily' and 'Test Daily'", error.Message);
        Assert.DoesNotContain("夏收", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
    }

    [Fact]
    public void A_paper_folder_named_like_the_sites_own_assets_does_not_overwrite_them()
    {
        using var dir = Archive();
        dir.Write("input/assets/2023-05-04/01.txt", OtherPage);

        var result = Build(dir);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(dir.Combine("_site/assets-paper/2023/05/04/01/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/assets/css/site.css")));
    }

    [Fact]
    public void A_bad_input_tree_builds_byte_identical_twice_with_the_same_messages()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.txt", []);
        dir.Write(Issue + "page-1.txt", OtherPage);
        dir.Write(Issue + "03.yml", "page: [\n");
        dir.Write(Issue + "03.txt", OtherPage.Replace("连日来", "近日"));
        dir.Write("input/Test Daily/2023-05-04/01.txt", OtherPage);

        var first = Build(dir, "a");
        var second = Build(dir, "b");

        // Info notes may say what caches held; warnings and errors must not change.
        Assert.Equal(first.Report.Diagnostics.Where(d => d.Severity != Severity.Info), second.Report.Diagnostics.Where(d => d.Severity != Severity.Info));
        Assert.Equal(Tree(dir.Combine("a")), Tree(dir.Combine("b")));
    }

    private static TempDir Archive()
    {
        var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write(Issue + "01.txt", GoodPage);
        return dir;
    }

    private static BuildResult Build(TempDir dir, string output = "_site") => SiteBuilder.Build(dir.Combine("input"), dir.Combine(output));

    private static void AssertGoodPageBuilt(TempDir dir)
    {
        var article = dir.Combine("_site/test-daily/2023/05/04/01/01.html");
        Assert.True(File.Exists(article), "the good page of the archive was not built");
        Assert.Contains("市政府召开常务会议", File.ReadAllText(article));
        Assert.True(File.Exists(dir.Combine("_site/index.html")));
    }

    private static SortedDictionary<string, string> Tree(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
