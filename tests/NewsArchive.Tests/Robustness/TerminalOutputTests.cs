using NewsArchive.Cli;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

public sealed class TerminalOutputTests
{
    [Fact]
    public void A_file_name_with_terminal_escape_sequences_is_printed_without_them()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/liaocheng-daily/2022-12-17/\u001b]0;owned\u0007\u001b[2J.txt", "");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = Commands.Run(["build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", Repo.Theme], stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains("]0;owned", stderr.ToString());
        Assert.DoesNotContain('\u001b', stderr.ToString() + stdout.ToString());
        Assert.DoesNotContain('\u0007', stderr.ToString() + stdout.ToString());
    }

    [Fact]
    public void Translate_prints_a_file_name_with_terminal_escape_sequences_without_them()
    {
        using var server = new ChatServer(NewsArchive.Tests.Enrichment.EnglishRig.GoodAnswer);
        using var dir = new TempDir();
        var input = NewsArchive.Tests.Enrichment.TranslateCommandTests.SampleWithService(dir, server.BaseUrl, "concurrency: 2");
        dir.Write("input/liaocheng-daily/2022-12-17/\u001b]0;owned\u0007\u001b[2J.txt", "");

        var (_, stdout, stderr) = NewsArchive.Tests.Enrichment.TranslateCommandTests.Cli("translate", "--input", input);

        Assert.Contains("]0;owned", stderr);
        Assert.DoesNotContain('\u001b', stderr + stdout);
        Assert.DoesNotContain('\u0007', stderr + stdout);
    }
}
