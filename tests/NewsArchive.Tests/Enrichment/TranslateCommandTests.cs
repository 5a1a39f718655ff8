using NewsArchive.Cli;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>The `translate` verb and whole builds with a service configured, on a copy of the sample archive and five small pages.</summary>
public sealed class TranslateCommandTests
{
    [Fact]
    public void Translate_fills_the_memory_and_a_build_afterwards_makes_no_request()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var dir = new TempDir();
        var input = SampleWithService(dir, server.BaseUrl, "concurrency: 4");

        var (code, stdout, stderr) = Cli("translate", "--input", input);

        Assert.True(code == 0, stdout + stderr);
        Assert.True(server.Count > 0);
        Assert.Contains($"{server.Count} translated now, 0 already in the memory", stdout);
        Assert.Contains("translate: done", stdout);
        var asked = server.Count;

        var build = Build(input, dir.Combine("_site"));
        Assert.Equal(asked, server.Count);
        Assert.Equal(asked, build.Report.Counters["english: service"]);
        Assert.False(build.Report.Counters.ContainsKey("translation requests"));

        var again = Cli("translate", "--input", input);
        Assert.Equal(0, again.Code);
        Assert.Equal(asked, server.Count);
        Assert.Contains($"0 translated now, {asked} already in the memory", again.Stdout);
    }

    [Fact]
    public void An_interrupted_translate_keeps_what_it_got_and_a_rerun_asks_only_for_the_rest()
    {
        using var failing = new ChatServer(call => call.Number <= 3 ? EnglishRig.GoodAnswer(call) : ChatReply.Error(503));
        using var dir = new TempDir();
        var input = SampleWithService(dir, failing.BaseUrl, "attempts: 1\n  concurrency: 1\n  give_up_after: 1000");

        var first = Cli("translate", "--input", input);

        Assert.Equal(1, first.Code);
        var total = failing.Count;
        Assert.True(total > 3);
        Assert.True(first.Stdout.Contains($"{total - 3} not translated (run translate again to retry)"), first.Stdout);
        Assert.Contains("HTTP 503", first.Stdout);

        using var good = new ChatServer(EnglishRig.GoodAnswer);
        SampleWithService(dir, good.BaseUrl, "concurrency: 2", copy: false);
        var second = Cli("translate", "--input", input);

        Assert.Equal(0, second.Code);
        Assert.Equal(total - 3, good.Count);
        Assert.Contains($"{total - 3} translated now, 3 already in the memory", second.Stdout);
    }

    [Fact]
    public void A_second_build_with_the_memory_in_place_makes_no_request_and_writes_the_same_bytes()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var dir = new TempDir();
        var input = SampleWithService(dir, server.BaseUrl, "concurrency: 4");

        var first = Build(input, dir.Combine("a"));
        var asked = server.Count;
        Assert.True(asked > 0);
        Assert.Equal(asked, first.Report.Counters["english: service"]);

        var second = Build(input, dir.Combine("b"));
        server.Dispose();                              // offline: nothing listens any more
        var third = Build(input, dir.Combine("c"));

        Assert.Equal(asked, server.Count);
        Assert.Equal(asked, second.Report.Counters["english: service"]);
        Assert.Equal(0, second.Report.CountOf(Severity.Warning) - first.Report.CountOf(Severity.Warning));
        Assert.Equal(Hashes(dir.Combine("b")), Hashes(dir.Combine("c")));
        Assert.Equal(Hashes(dir.Combine("a")), Hashes(dir.Combine("b")));
    }

    [Fact]
    public void Translate_without_a_configured_service_is_a_usage_error()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));

        var (code, _, stderr) = Cli("translate", "--input", dir.Combine("input"));

        Assert.Equal(2, code);
        Assert.Contains("no translation service configured", stderr);
    }

    [Fact]
    public void Translate_has_help()
    {
        var (code, stdout, _) = Cli("translate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--input", stdout);
        Assert.Contains("Resumable", stdout);
    }

    internal static string SampleWithService(TempDir dir, string url, string settings, string keyVariable = "NEWSARCHIVE_TEST_UNSET_KEY", bool copy = true)
    {
        var input = dir.Combine("input");
        if (copy)
        {
            // The sample page plus five small pages: at least six articles whatever segmentation makes of them.
            SiteBuilder.CopySampleInput(input);
            dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
            foreach (var (title, body, i) in EnglishRig.Many(5).Select((a, i) => (a.Title, a.Body, i + 1)))
                dir.Write($"input/test-daily/2023-05-04/{i:00}.txt", $"{title}\n\n本报讯（记者 张三）{body}\n");
        }
        dir.Write("input/newsarchive.yml", $"translation:\n  url: {url}\n  model: test-model\n  api_key_env: {keyVariable}\n  backoff_seconds: 0.01\n  {settings}\n");
        return input;
    }

    internal static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static BuildResult Build(string input, string output) => new BuildPipeline(new BuildOptions
    {
        InputDirectory = input,
        OutputDirectory = output,
        ThemeDirectory = Repo.Theme,
        GetEnvironmentVariable = _ => null,
    }).Run();

    private static SortedDictionary<string, string> Hashes(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
