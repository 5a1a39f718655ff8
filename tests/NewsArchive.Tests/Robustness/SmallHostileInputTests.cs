using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Ingest;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>The smaller findings of the hostile test: year 0001, underscored folders, a stray control character.</summary>
public sealed class SmallHostileInputTests
{
    private const string GoodPage = "市政府召开常务会议\n\n本报讯（记者 张三）5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";

    [Fact]
    public void Year_0001_is_written_where_it_is_linked()
    {
        using var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write("input/test-daily/0001-05-04/01.txt", GoodPage);

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/0001/05/04/01/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/test-daily/0001/index.html")), "the year's calendar is written under 0001/");
        Assert.False(Directory.Exists(dir.Combine("_site/test-daily/1")));
        // Every relative link in the site reaches a file.
        var site = dir.Combine("_site");
        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
            foreach (Match link in Regex.Matches(File.ReadAllText(page), "href=\"([^\"#?:]+\\.html)\""))
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups[1].Value))), $"{Path.GetRelativePath(site, page)} links {link.Groups[1].Value}, which is missing");
    }

    [Fact]
    public void A_folder_starting_with_an_underscore_is_skipped_with_a_warning_naming_it()
    {
        using var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write("input/test-daily/2023-05-04/01.txt", GoodPage);
        dir.Write("input/_drafts/2023-05-05/01.txt", GoodPage);
        dir.Write("input/test-daily/_old/01.txt", GoodPage);

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Warning && d.File == "_drafts/" && d.Message.Contains("starts with _", StringComparison.Ordinal));
        Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Warning && d.File == "test-daily/_old/");
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
    }

    [Theory]
    [InlineData(new byte[0], "UTF-8")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 with BOM")]
    public void Valid_utf8_with_one_control_character_names_the_character_and_its_byte_offset(byte[] bom, string encoding)
    {
        var before = Encoding.UTF8.GetBytes("本报讯 市政府召开常务会议");
        var bytes = bom.Concat(before).Append((byte)0x1B).Concat(Encoding.UTF8.GetBytes("研究部署工作。\n")).ToArray();

        var result = TextDecoder.Decode(bytes);

        Assert.Null(result.Text);
        Assert.Contains($"valid {encoding}", result.Error);
        Assert.Contains("U+001B", result.Error);
        Assert.Contains($"at byte {bom.Length + before.Length}", result.Error);
        Assert.DoesNotContain("neither", result.Error);
    }
}
