using NewsArchive.Enrichment;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Rendering.Views;
using NewsArchive.Search;
using NewsArchive.Segmentation;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>
/// An archive of several papers for search tests: the sample page, every test page (each as its own paper),
/// and a page whose text looks like markup. English titles are given the way a librarian's sidecar would, so
/// English search is tested whatever the enrichment stage produces today. Built once per test run, with
/// the build's own stages from reading to writing.
/// </summary>
public sealed class SearchSite : IDisposable
{
    /// <summary>Invented English topics, one per article in archive order (cycled).</summary>
    public static readonly string[] Topics =
    [
        "Harbor cranes unload record grain shipments",
        "Volunteers teach seniors to use smartphones",
        "Mountain villages build solar power stations",
        "Orchestra rehearses for the winter festival",
        "Rail workers inspect bridges before the flood season",
        "Young farmers sell mushrooms through livestreams",
        "Museum restores ancient bronze mirrors",
        "Nurses train for rural emergency clinics",
        "Fishermen protect wetlands for migrating cranes",
        "Engineers test driverless buses downtown",
        "Librarians digitize old newspaper collections",
        "Textile factories recycle dyeing water",
    ];

    public const string MarkupText = "<b>加粗</b>与<img src=x>标签测试";

    private readonly TempDir _dir = new();

    public SearchSite()
    {
        SiteBuilder.CopySampleInput(Input);
        var day = 1;
        foreach (var page in Directory.EnumerateDirectories(Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(page);
            if (name == "liaocheng-sample") continue;
            _dir.Write($"input/{name}/paper.yml", $"name_zh: 测试报{day}\nname_en: Test Paper {day}\n");
            _dir.Write($"input/{name}/2024-0{1 + day % 3}-{day:00}/page-01.txt", File.ReadAllText(Path.Combine(page, "page.txt")));
            day++;
        }
        _dir.Write("input/markup-daily/paper.yml", "name_zh: 标记报\nname_en: Markup Daily\n");
        _dir.Write("input/markup-daily/2023-03-03/page-01.txt", $"标记测试\n本报讯 {MarkupText}，页面必须按原文显示。\n");

        var options = new BuildOptions { InputDirectory = Input, OutputDirectory = Output, ThemeDirectory = Repo.Theme };
        var report = new BuildReport();
        var sources = new ReadPages().Run(Input, report);
        var pages = new SegmentPages().Run(sources, report, NoProgress.Instance, 2);
        pages = new EnrichArticles(NewsArchive.Enrichment.Gloss.DictionaryGloss.Locate(Input)).Run(pages, report, NoProgress.Instance, 2);
        Archive = WithEnglish(new AssembleArchive().Run(pages));
        var documents = Archive.Articles.Select(ArticleDocument.From).ToList();
        var search = new IndexArticles().Run(documents, options, report);
        var related = new RelateArticles().Run(documents, options.Parallelism, previous: null).Lists;
        var render = new RenderSite(new ThemeTemplates(Repo.Theme, ViewTypes.All), null, () => related);
        var post = new PostProcessHtml();
        var writer = new WriteSite(Output, report);
        foreach (var file in render.Run(Archive, report).Concat(search.Files))
            writer.Write(post.Run(file));
        writer.Commit();
        Report = report;
        Articles = [.. Archive.Articles.OrderBy(a => ArticleDocument.From(a).SortKey, StringComparer.Ordinal)];
    }

    public string Input => _dir.Combine("input");
    public string Output => _dir.Combine("_site");
    public Archive Archive { get; }
    public BuildReport Report { get; }

    /// <summary>Articles in archive order (the browser's document numbers).</summary>
    public IReadOnlyList<Article> Articles { get; }

    public string SearchPage => new Uri(Path.Combine(Output, "search.html")).AbsoluteUri;

    private static Archive WithEnglish(Archive archive)
    {
        var order = archive.Articles.OrderBy(a => ArticleDocument.From(a).SortKey, StringComparer.Ordinal).Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Article English(Article a) => a with
        {
            Enrichment = (a.Enrichment ?? new Model.Enrichment { SummaryZh = "", EnglishSource = EnglishSource.None }) with
            {
                TitleEn = Topics[order[a.Id] % Topics.Length],
                SummaryEn = $"Report from {a.Paper.NameEn}: {Topics[order[a.Id] % Topics.Length].ToLowerInvariant()}.",
                EnglishSource = EnglishSource.Librarian,
            },
        };
        return archive with
        {
            Issues = [.. archive.Issues.Select(i => i with { Pages = [.. i.Pages.Select(p => p with { Articles = [.. p.Articles.Select(English)] })] })],
        };
    }

    /// <summary>All searchable Chinese text of an article, folded as the index folds it.</summary>
    public static string Text(Article a)
    {
        var d = ArticleDocument.From(a);
        return d.Title + "\n" + d.Body;
    }

    /// <summary>
    /// A run of <paramref name="length"/> Han characters from the middle of an article's body that occurs in
    /// no other article, so the test knows which article must come first.
    /// </summary>
    public string UniquePhrase(Article article, int length)
    {
        var text = ArticleDocument.From(article).Body;
        var others = Articles.Where(a => a.Id != article.Id).Select(Text).ToList();
        for (var start = text.Length / 3; start + length <= text.Length; start++)
        {
            var candidate = text.Substring(start, length);
            if (candidate.All(BigramTokens.IsHan) && !others.Any(o => o.Contains(candidate, StringComparison.Ordinal)))
                return candidate;
        }
        throw new InvalidOperationException($"no unique {length}-character phrase in {article.Id}");
    }

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<Chromium>, ICollectionFixture<SearchSite>
{
    public const string Name = "search";
}
