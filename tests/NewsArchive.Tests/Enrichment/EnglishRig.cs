using System.Security.Cryptography;
using System.Text;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.English;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>A stand-in for the dictionary gloss (tests only): deterministic English that says it is the gloss.</summary>
public sealed class TestGloss : IGloss
{
    public string Version => "test-gloss-1";

    public EnglishText Render(EnglishRequest request) => new($"Gloss title {request.ArticleId}", $"Gloss summary {request.ArticleId}.");
}

/// <summary>
/// An input folder with a small page and a newsarchive.yml pointing at a test's <see cref="ChatServer"/>; runs the
/// real read, segment and enrich stages with the English chain, as a build does.
/// </summary>
public sealed class EnglishRig : IDisposable
{
    public const string PagePath = "test-daily/2023-05-04/01.txt";

    /// <summary>Two reports as segmentation gives them: title and body paragraphs.</summary>
    public static readonly IReadOnlyList<(string? Title, string Body)> TwoArticles =
    [
        ("市政府召开常务会议部署冬季安全生产", "12月14日，市政府召开常务会议，研究部署冬季安全生产工作。会议指出，要压实各方责任。"),
        ("我市新增三家国家级高新技术企业", "记者从市科技局获悉，今年我市新增国家级高新技术企业三家，同比增长12.5%。"),
    ];

    /// <summary>Many short reports, for tests of what happens across a run.</summary>
    public static IReadOnlyList<(string? Title, string Body)> Many(int n) =>
        [.. Enumerable.Range(1, n).Select(i => ((string?)$"第{i}次常务会议召开", $"12月{i}日，市政府召开第{i}次常务会议，研究部署相关工作。"))];

    private readonly TempDir _dir = new();
    private IReadOnlyList<(string? Title, string Body)> _articles;

    public EnglishRig(IReadOnlyList<(string? Title, string Body)>? articles = null)
    {
        _articles = articles ?? TwoArticles;
        _dir.Write("input/" + PagePath, string.Join("\n\n", _articles.Select(a => $"{a.Title}\n\n{a.Body}")) + "\n");
    }

    /// <summary>Changes the text of the page's articles, as a corrected page would.</summary>
    public void Edit(IReadOnlyList<(string? Title, string Body)> articles) => _articles = articles;

    public string Input => _dir.Combine("input");
    public string Root => _dir.Path;

    public string Write(string relative, string text) => _dir.Write(relative, text);

    /// <summary>Points newsarchive.yml at a server, with small timeouts and delays so failures are quick.</summary>
    public void Configure(string url, string extra = "timeout_seconds: 2\n  attempts: 3\n  backoff_seconds: 0.05\n  concurrency: 2") =>
        _dir.Write("input/newsarchive.yml", $"translation:\n  url: {url}\n  model: test-model\n  api_key_env: TEST_TRANSLATE_KEY\n  {extra}\n");

    /// <summary>Runs the enrich stage with the English chain on the page, as a build does after segmentation.</summary>
    public (IReadOnlyList<PrintedPage> Pages, BuildReport Report) Run(bool callService = true, string? key = "test-key-0000", IGloss? gloss = null)
    {
        var report = new BuildReport();
        var env = new Dictionary<string, string?> { ["TEST_TRANSLATE_KEY"] = key };
        var chain = EnglishChain.Configure(Input, name => env.GetValueOrDefault(name), callService, gloss ?? new TestGloss(), report);
        var pages = new EnrichArticles(gloss ?? new TestGloss(), chain).Run([SegmentedPage()], report, NoProgress.Instance, 1);
        return (pages, report);
    }

    // Built by hand rather than by the segmenter, so these tests do not change when segmentation improves.
    private PrintedPage SegmentedPage()
    {
        var paper = new Paper("test-daily", "测试日报", "Test Daily");
        var source = new PageSource
        {
            File = PagePath,
            Paper = paper,
            Date = new DateOnly(2023, 5, 4),
            Number = 1,
            Text = File.ReadAllText(Path.Combine(Input, PagePath)),
            Hash = "test",
        };
        return new PrintedPage
        {
            Source = source,
            Articles = [.. _articles.Select((a, i) => new Article
            {
                Paper = paper, Date = source.Date, PageNumber = 1, Position = i + 1,
                Item = new SegmentedItem { Kind = ItemKind.News, Title = a.Title, Paragraphs = [a.Body] },
            })],
        };
    }

    public static IReadOnlyList<Article> Articles(IReadOnlyList<PrintedPage> pages) => [.. pages.SelectMany(p => p.Articles)];

    public static EnglishRequest RequestOf(Article a) => new(a.Id, a.Item.Kicker, a.Item.Title, a.Item.Subtitle, a.Enrichment!.SummaryZh);

    /// <summary>A good server's answer: English that names what it was asked, so a test can tell answers apart.</summary>
    public static ChatReply GoodAnswer(ChatCall call) => ChatReply.English($"Title {Tag(call.UserMessage)}", $"Summary {Tag(call.UserMessage)}: the council met on December 14.");

    /// <summary>The title <see cref="GoodAnswer"/> gives an article.</summary>
    public static string GoodTitle(Article a) => $"Title {Tag(ChatCompletionsClient.Prompt(RequestOf(a)))}";

    private static string Tag(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];

    public void Dispose() => _dir.Dispose();
}
