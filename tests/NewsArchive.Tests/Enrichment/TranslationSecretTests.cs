using NewsArchive.Enrichment.English;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>The service key goes to the service and nowhere else, even when the service echoes it back.</summary>
public sealed class TranslationSecretTests
{
    [Fact]
    public void The_key_never_reaches_the_site_the_report_the_memory_or_the_console()
    {
        var key = "sk-test-" + Guid.NewGuid().ToString("N");
        // Named like a real key (ending in _KEY), so the builds of tests running alongside leave it out of their enrichment inputs.
        var variable = "NEWSARCHIVE_TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant() + "_KEY";
        Environment.SetEnvironmentVariable(variable, key);
        try
        {
            // A careless server or proxy: it puts the Authorization header in errors, in retries and in answers.
            using var server = new ChatServer(call => (call.Number % 5) switch
            {
                1 => ChatReply.Error(500, $"{{\"error\":\"bad request from {call.Authorization}\"}}"),
                2 => ChatReply.English($"Meeting {call.Authorization}", "The council met."),
                3 => ChatReply.Content($"{{\"title\": \"{call.Authorization}"),
                4 => ChatReply.Error(401, $"{{\"error\":\"Incorrect API key provided: {call.Authorization}\"}}") with { Headers = [("X-Echo", call.Authorization ?? "")] },
                _ => EnglishRig.GoodAnswer(call),
            });
            using var dir = new TempDir();
            var input = TranslateCommandTests.SampleWithService(dir, server.BaseUrl, "attempts: 2\n  concurrency: 1\n  give_up_after: 1000", variable);

            var build = TranslateCommandTests.Cli("build", "--input", input, "--output", dir.Combine("_site"));
            var translate = TranslateCommandTests.Cli("translate", "--input", input);

            Assert.Contains(server.Calls, c => c.Authorization == $"Bearer {key}");     // the key did go where it belongs
            var console = build.Stdout + build.Stderr + translate.Stdout + translate.Stderr;
            Assert.Contains(Secret.Mask, console);                                       // and the echoes were there to leak
            Assert.DoesNotContain(key, console);
            var report = File.ReadAllText(dir.Combine("_site.build-report.json"));
            Assert.Contains(Secret.Mask, report);
            Assert.DoesNotContain(key, report);
            var files = Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
            Assert.Contains(files, f => f.Contains(".translation-memory", StringComparison.Ordinal));
            foreach (var file in files)
                Assert.False(File.ReadAllText(file).Contains(key, StringComparison.Ordinal), $"{file} holds the key");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void A_key_written_into_newsarchive_yml_is_refused_without_repeating_it()
    {
        using var dir = new TempDir();
        dir.Write("input/newsarchive.yml", "translation:\n  url: http://127.0.0.1:9/v1\n  model: m\n  api_key: sk-written-in-the-file\n");
        var report = new BuildReport();

        var settings = TranslationSettings.Load(dir.Combine("input"), _ => null, report);

        Assert.NotNull(settings);
        Assert.False(settings.Key.IsSet);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("newsarchive.yml", 4), (error.File, error.Line));
        Assert.DoesNotContain("sk-written-in-the-file", error.Message);
    }

    [Fact]
    public void Settings_print_no_key()
    {
        var settings = new TranslationSettings { Url = new Uri("http://127.0.0.1/v1"), Model = "m", Key = new Secret("sk-abc123") };

        Assert.DoesNotContain("sk-abc123", settings.ToString());
        Assert.DoesNotContain("sk-abc123", settings.Origin);
    }
}
