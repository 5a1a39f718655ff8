using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// The service path against a real HTTP server on 127.0.0.1: every scenario ends in the service's English or in the
/// gloss with a warning naming the page, and every article has English.
/// </summary>
public sealed class ChatServiceTests
{
    [Fact]
    public void A_good_answer_becomes_the_articles_English_and_is_remembered()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run();

        var articles = EnglishRig.Articles(pages);
        Assert.NotEmpty(articles);
        foreach (var a in articles)
        {
            Assert.Equal(EnglishSource.Service, a.Enrichment!.EnglishSource);
            Assert.Equal("service:test-model", a.Enrichment.EnglishOrigin);
            Assert.Equal(EnglishRig.GoodTitle(a), a.Enrichment.TitleEn);
            Assert.StartsWith("Summary ", a.Enrichment.SummaryEn);
        }
        Assert.Equal(articles.Count, server.Count);
        Assert.All(server.Calls, c =>
        {
            Assert.Equal("POST", c.Method);
            Assert.Equal("/v1/chat/completions", c.Path);
            Assert.Equal("test-model", c.Model);
            Assert.Equal("Bearer test-key-0000", c.Authorization);
        });
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Info);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(rig.Input, ".translation-memory"), "*.json"));
    }

    [Fact]
    public void An_answer_slower_than_the_timeout_falls_back_to_the_gloss_with_a_warning()
    {
        using var server = new ChatServer(call => EnglishRig.GoodAnswer(call) with { Delay = TimeSpan.FromSeconds(3) });
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl, "timeout_seconds: 0.3\n  attempts: 2\n  backoff_seconds: 0.05\n  concurrency: 4");

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "no answer within 0.3 s after 2 attempts");
        Assert.Equal(2 * EnglishRig.Articles(pages).Count, server.Count);
        Assert.False(Directory.Exists(Path.Combine(rig.Input, ".translation-memory")));
    }

    [Fact]
    public void Too_many_requests_is_retried_after_the_servers_Retry_After_then_succeeds()
    {
        var refused = new HashSet<string>();
        using var server = new ChatServer(call =>
        {
            lock (refused)
                if (refused.Add(call.UserMessage))
                    return ChatReply.Error(429, "{\"error\":\"slow down\"}") with { Headers = [("Retry-After", "1")] };
            return EnglishRig.GoodAnswer(call);
        });
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run();

        foreach (var a in EnglishRig.Articles(pages))
        {
            Assert.Equal(EnglishSource.Service, a.Enrichment!.EnglishSource);
            Assert.Equal(EnglishRig.GoodTitle(a), a.Enrichment.TitleEn);
        }
        Assert.Equal(2 * EnglishRig.Articles(pages).Count, server.Count);
        // The retry of each article waited the second the server asked for (backoff alone would be 0.05 s).
        foreach (var group in server.Calls.GroupBy(c => c.UserMessage))
        {
            var times = group.Select(c => c.At).Order().ToList();
            Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.9), $"retried after {(times[1] - times[0]).TotalSeconds:0.00} s");
        }
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void A_server_error_that_never_ends_is_retried_a_bounded_number_of_times_then_the_gloss_is_used()
    {
        using var server = new ChatServer(_ => ChatReply.Error(500));
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl, "attempts: 3\n  backoff_seconds: 0.05\n  concurrency: 1\n  give_up_after: 50");

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "HTTP 500: {\"error\":{\"message\":\"server error\"}} after 3 attempts");
        Assert.Equal(3 * EnglishRig.Articles(pages).Count, server.Count);
    }

    [Fact]
    public void Malformed_JSON_in_the_answer_is_rejected_and_the_gloss_is_used()
    {
        using var server = new ChatServer(_ => ChatReply.Content("{\"title\": \"Municipal meeting\", \"summary\": "));
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "the answer is malformed JSON");
        Assert.Equal(EnglishRig.Articles(pages).Count, server.Count);
    }

    [Fact]
    public void A_response_that_is_not_chat_completions_JSON_is_rejected()
    {
        using var server = new ChatServer(_ => new ChatReply(200, "<html>proxy login</html>"));
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "the response is not chat-completions JSON");
    }

    [Fact]
    public void An_answer_missing_the_summary_is_rejected()
    {
        using var server = new ChatServer(_ => ChatReply.Content("```json\n{\"title\": \"Municipal meeting\"}\n```"));
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "the answer lacks \"summary\"");
    }

    [Fact]
    public void An_answer_still_in_Chinese_is_rejected_as_the_wrong_language()
    {
        using var server = new ChatServer(_ => ChatReply.English("市政府召开常务会议", "12月14日，市政府召开常务会议，研究部署冬季安全生产工作。"));
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "the answer is not in English");
    }

    [Fact]
    public void A_refused_key_stops_calling_the_service_at_once()
    {
        using var server = new ChatServer(_ => ChatReply.Error(401, "{\"error\":\"invalid api key\"}"));
        using var rig = new EnglishRig(EnglishRig.Many(6));
        rig.Configure(server.BaseUrl, "concurrency: 1");

        var (pages, report) = rig.Run();

        Assert.Equal(1, server.Count);
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishSource.Gloss, a.Enrichment!.EnglishSource));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("HTTP 401") && d.Message.Contains("is the key right?"));
    }

    [Fact]
    public void After_repeated_failures_the_rest_of_the_run_uses_the_gloss_without_asking()
    {
        using var server = new ChatServer(_ => ChatReply.Error(503, ""));
        using var rig = new EnglishRig(EnglishRig.Many(8));
        rig.Configure(server.BaseUrl, "attempts: 2\n  backoff_seconds: 0.01\n  concurrency: 1\n  give_up_after: 2");

        var (pages, report) = rig.Run();

        var articles = EnglishRig.Articles(pages);
        Assert.All(articles, a => Assert.Equal(EnglishSource.Gloss, a.Enrichment!.EnglishSource));
        Assert.Equal(8, articles.Count);
        Assert.Equal(2 * 2, server.Count);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("6 more articles use the dictionary gloss"));
    }

    [Fact]
    public void An_unreachable_service_falls_back_to_the_gloss()
    {
        using var rig = new EnglishRig();
        rig.Configure("http://127.0.0.1:9/v1", "attempts: 2\n  backoff_seconds: 0.01\n  timeout_seconds: 2");

        var (pages, report) = rig.Run();

        AssertGlossWithWarning(pages, report, "cannot reach the service");
    }

    [Fact]
    public void Without_a_configured_service_no_request_is_made()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();

        var (pages, _) = rig.Run();

        Assert.Equal(0, server.Count);
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishSource.Gloss, a.Enrichment!.EnglishSource));
    }

    [Fact]
    public void Offline_builds_do_not_call_a_configured_service()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);

        var (pages, report) = rig.Run(callService: false);

        Assert.Equal(0, server.Count);
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishSource.Gloss, a.Enrichment!.EnglishSource));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Info);
    }

    /// <summary>Nothing lost: every article has the gloss's English, and each failure is a warning naming the page.</summary>
    private static void AssertGlossWithWarning(IReadOnlyList<PrintedPage> pages, BuildReport report, string reason)
    {
        var articles = EnglishRig.Articles(pages);
        Assert.NotEmpty(articles);
        foreach (var a in articles)
        {
            Assert.Equal(EnglishSource.Gloss, a.Enrichment!.EnglishSource);
            Assert.Equal("test-gloss-1", a.Enrichment.EnglishOrigin);
            Assert.Equal($"Gloss title {a.Id}", a.Enrichment.TitleEn);
            Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.File == EnglishRig.PagePath
                && d.Message.Contains($"article {a.Id}") && d.Message.Contains(reason, StringComparison.Ordinal) && d.Message.Contains("gloss"));
        }
    }
}
