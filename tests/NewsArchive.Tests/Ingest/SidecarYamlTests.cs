using System.Diagnostics;
using System.Text;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Ingest;

/// <summary>
/// A YAML key bomb (nested aliases used as mapping keys) or an oversized sidecar, in any of the files a librarian
/// writes, is an error naming the file with line and column, found in linear time; the rest of the archive builds.
/// </summary>
public sealed class SidecarYamlTests
{
    private const string Issue = "input/test-daily/2023-05-04/";
    private const string GoodPage = "市政府召开常务会议\n\n本报讯（记者 张三）5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";

    /// <summary>About 400 bytes: each level's list holds ten aliases of the level below, and the last is a mapping key.</summary>
    internal static string KeyBomb(int levels = 9)
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < levels; level++)
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        yaml.Append($"? *a{levels - 1}\n: boom\n");
        return yaml.ToString();
    }

    public static TheoryData<string, string> Sidecars() => new()
    {
        // the file to write, its name in the report
        { Issue + "01.corrections.yml", "test-daily/2023-05-04/01.corrections.yml" },
        { Issue + "01.en.yml", "test-daily/2023-05-04/01.en.yml" },
        { "input/test-daily/paper.yml", "test-daily/paper.yml" },
        { Issue + "issue.yml", "test-daily/2023-05-04/issue.yml" },
        { Issue + "01.yml", "test-daily/2023-05-04/01.yml" },
        { "input/newsarchive.yml", "newsarchive.yml" },
    };

    [Theory]
    [MemberData(nameof(Sidecars))]
    public void A_key_bomb_in_a_sidecar_is_an_error_with_line_and_column_found_at_once(string file, string relative)
    {
        using var dir = Archive();
        dir.Write(file, KeyBomb());

        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the build took {clock.Elapsed}");
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error && d.File == relative);
        Assert.Equal(1, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Contains("anchors", error.Message);
        Assert.Contains("column 5", error.Message);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
    }

    [Theory]
    [MemberData(nameof(Sidecars))]
    public void A_sidecar_over_the_size_limit_is_an_error_naming_it_and_is_not_read(string file, string relative)
    {
        using var dir = Archive();
        // Valid YAML of 300 KB: a comment line repeated.
        dir.Write(file, string.Concat(Enumerable.Repeat("# 注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释\n", 5000)));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error && d.File == relative);
        Assert.Contains("256 KB", error.Message);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
    }

    [Fact]
    public void A_corrections_sidecar_without_aliases_still_applies()
    {
        using var dir = Archive();
        dir.Write(Issue + "01.corrections.yml", "items:\n  1:\n    title: 新的标题\n");

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("新的标题", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/01/01.html")));
    }

    private static TempDir Archive()
    {
        var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write(Issue + "01.txt", GoodPage);
        return dir;
    }
}
