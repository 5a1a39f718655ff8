using NewsArchive.Enrichment;
using NewsArchive.Enrichment.English;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

public sealed class ServiceAnswerTests
{
    private static readonly Secret Key = new("sk-answer-test");
    private static readonly EnglishRequest Request = new("a-1", null, "东昌府区便民服务大厅启用", null, "12月15日，大厅启用，办理时间缩短37.8%。");

    [Theory]
    [InlineData("{\"title\": \"Dongchangfu District Opens Service Hall\", \"summary\": \"The hall opened on December 15.\"}")]
    [InlineData("```json\n{\"title\": \"Dongchangfu District Opens Service Hall\", \"summary\": \"The hall opened on December 15.\"}\n```")]
    [InlineData("Here is the translation:\n{\"summary\": \"The hall opened on December 15.\", \"title\": \"Dongchangfu District Opens Service Hall\", \"notes\": \"\"}")]
    public void A_JSON_object_with_title_and_summary_is_accepted_however_the_model_wraps_it(string content)
    {
        var (text, problem) = ServiceAnswer.ReadContent(content, Request, Key);

        Assert.Null(problem);
        Assert.Equal(new EnglishText("Dongchangfu District Opens Service Hall", "The hall opened on December 15."), text);
    }

    [Theory]
    [InlineData("Wang Zhengyuan (王正源) of the Municipal Bureau of Industry and Information Technology said output rose 37.8%.", true)]
    [InlineData("市政府召开常务会议 Municipal meeting", false)]
    [InlineData("市政府召开常务会议，研究部署冬季安全生产工作。", false)]
    [InlineData("2022.12.14 37.8%", false)]
    public void English_may_keep_a_name_in_characters_but_not_be_mostly_Chinese(string text, bool english) =>
        Assert.Equal(english, ServiceAnswer.IsMostlyEnglish(text));

    [Theory]
    [InlineData("{\"title\": 42, \"summary\": \"The hall opened.\"}", "lacks \"title\"")]
    [InlineData("{\"title\": \"Hall opens\", \"summary\": \"   \"}", "lacks \"summary\"")]
    [InlineData("I cannot translate this.", "not a JSON object")]
    [InlineData("{\"title\": \"Hall opens\", \"summary\": \"Key sk-answer-test\"}", "contains the service key")]
    [InlineData("{\"title\": \"Hall opens\", \"summary\": \"Waiting time fell 38%.\"}", "has 38%, which the Chinese does not")]
    public void Answers_that_are_not_a_title_and_summary_in_English_are_refused(string content, string reason)
    {
        var (text, problem) = ServiceAnswer.ReadContent(content, Request, Key);

        Assert.Null(text);
        Assert.Contains(reason, problem);
        Assert.DoesNotContain("sk-answer-test", problem);
    }

    [Theory]
    [InlineData("增长37.8%，提高2.5个百分点", "up 37.8 percent, 2.5 percentage points", null)]
    [InlineData("增长37.8%", "up 1,037.8% on paper", "1,037.8")]
    [InlineData("增长37.8%", "up 37.80%", null)]
    [InlineData("增长百分之十二", "up 12%", null)]
    [InlineData("同比增长", "up 12 percent", "12")]
    public void A_percentage_the_Chinese_does_not_print_is_caught(string chinese, string english, string? invented) =>
        Assert.Equal(invented, ServiceAnswer.InventedPercentage(chinese, english));

    [Fact]
    public void Retry_delays_double_from_the_backoff_follow_Retry_After_and_stay_bounded()
    {
        var settings = new TranslationSettings { Url = new Uri("http://127.0.0.1/v1"), Model = "m", Backoff = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5) };
        var client = new ChatCompletionsClient(settings, new HttpClient());

        Assert.Equal([1, 2, 4, 5, 5], Enumerable.Range(1, 5).Select(a => client.Delay(a, null).TotalSeconds));
        Assert.Equal(3, client.Delay(1, TimeSpan.FromSeconds(3)).TotalSeconds);
        Assert.Equal(5, client.Delay(1, TimeSpan.FromHours(1)).TotalSeconds);
    }

    [Fact]
    public void The_environment_overrides_newsarchive_yml()
    {
        using var dir = new TempDir();
        dir.Write("input/newsarchive.yml", "translation:\n  url: http://127.0.0.1:1/v1\n  model: file-model\n  api_key_env: MY_KEY\n  concurrency: 2\n  timeout_seconds: 7.5\n");
        var env = new Dictionary<string, string?>
        {
            ["NEWSARCHIVE_TRANSLATE_URL"] = "https://api.example.org/v1/",
            ["MY_KEY"] = "sk-from-my-key\n",
        };
        var report = new BuildReport();

        var settings = TranslationSettings.Load(dir.Combine("input"), env.GetValueOrDefault, report)!;

        Assert.Equal("https://api.example.org/v1/", settings.Url.AbsoluteUri);
        Assert.Equal("service:file-model", settings.Origin);
        Assert.Equal(2, settings.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(7.5), settings.Timeout);
        Assert.True(settings.Key.IsIn("Bearer sk-from-my-key"));
        Assert.Empty(report.Diagnostics);
    }

    [Theory]
    [InlineData("translation:\n  url: localhost:11434\n  model: m\n", "absolute http(s) URL")]
    [InlineData("translation:\n  url: http://127.0.0.1:1/v1\n", "no model")]
    [InlineData("translation: [\n", "cannot read YAML at line")]
    public void A_bad_configuration_is_an_error_naming_newsarchive_yml_and_the_build_stays_offline(string yaml, string message)
    {
        using var dir = new TempDir();
        dir.Write("input/newsarchive.yml", yaml);
        var report = new BuildReport();

        Assert.Null(TranslationSettings.Load(dir.Combine("input"), _ => null, report));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.File == "newsarchive.yml" && d.Line is not null && d.Message.Contains(message));
    }

    [Fact]
    public void A_key_with_a_line_break_inside_is_refused_without_quoting_it()
    {
        using var dir = new TempDir();
        dir.Write("input/newsarchive.yml", "translation:\n  url: http://127.0.0.1:1/v1\n  model: m\n");
        var report = new BuildReport();

        Assert.Null(TranslationSettings.Load(dir.Combine("input"), v => v == "NEWSARCHIVE_TRANSLATE_KEY" ? "sk-first\nsk-second" : null, report));
        var error = Assert.Single(report.Diagnostics);
        Assert.DoesNotContain("sk-first", error.Message);
    }
}
