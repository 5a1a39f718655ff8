using System.Security.Cryptography;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Pipeline;

public sealed class BuildPipelineTests
{
    [Fact]
    public void Building_twice_gives_byte_identical_trees()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));

        SiteBuilder.Build(dir.Combine("input"), dir.Combine("a"));
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("b"));

        var a = Hashes(dir.Combine("a"));
        Assert.NotEmpty(a);
        Assert.Equal(a, Hashes(dir.Combine("b")));
    }

    [Fact]
    public void A_rebuild_rewrites_nothing_and_removes_pages_of_deleted_input()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯（记者 张三）12月14日，市政府召开会议。\n");
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        Assert.True(Directory.Exists(dir.Combine("_site", "test-daily")));

        var second = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        Assert.Equal(0, second.Report.Counters["files written"]);

        Directory.Delete(dir.Combine("input", "test-daily"), recursive: true);
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        Assert.False(Directory.Exists(dir.Combine("_site", "test-daily")));
    }

    [Fact]
    public void Bad_input_is_reported_and_the_rest_of_the_archive_still_builds()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/liaocheng-daily/2022-12-17/02.txt", "");

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Error && d.File == "liaocheng-daily/2022-12-17/02.txt");
        Assert.True(File.Exists(dir.Combine("_site", "liaocheng-daily", "2022", "12", "17", "01", "01.html")));
        Assert.True(File.Exists(BuildPipeline.ReportPath(new BuildOptions { InputDirectory = "", OutputDirectory = dir.Combine("_site"), ThemeDirectory = "" })));
    }

    private static SortedDictionary<string, string> Hashes(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
