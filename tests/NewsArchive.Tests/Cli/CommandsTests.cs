using NewsArchive.Cli;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Cli;

public sealed class CommandsTests
{
    [Fact]
    public void Build_exits_0_when_all_went_well_and_prints_a_summary()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var (code, stdout, _) = Run("build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", Repo.Theme);

        Assert.Equal(0, code);
        Assert.Contains("Built 1 pages", stdout);
        Assert.Contains("segment", stdout);
    }

    [Fact]
    public void Build_exits_1_when_some_input_had_errors()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/liaocheng-daily/2022-12-17/02.txt", "");

        var (code, _, stderr) = Run("build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", Repo.Theme);

        Assert.Equal(1, code);
        Assert.Contains("liaocheng-daily/2022-12-17/02.txt", stderr);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("no-such-verb")]
    [InlineData("segment")]
    public void Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, Run(args).Code);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("segment")]
    [InlineData("search")]
    public void Every_verb_has_help(string verb)
    {
        var (code, stdout, _) = Run(verb, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:", stdout);
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
