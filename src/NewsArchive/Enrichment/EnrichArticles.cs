using NewsArchive.Enrichment.Chinese;
using NewsArchive.Enrichment.English;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Model;

namespace NewsArchive.Enrichment;

/// <summary>
/// Adds a Chinese summary, keywords and English to every article: the summary and keywords from the article's
/// own text (<see cref="SummarizeArticle"/>, <see cref="ExtractKeywords"/>), the English title and summary from the
/// offline gloss (<see cref="IGloss"/>), replaced where <paramref name="english"/> has better
/// (librarian sidecar > translation memory > service). Articles are enriched in parallel and returned in their original order.
/// </summary>
public sealed class EnrichArticles(IGloss gloss, IEnglishRenderer? english = null)
{
    public const string StageName = "enrich";

    /// <summary>With the CC-CEDICT found from the current or the program's folder (see <see cref="CedictLocator"/>).</summary>
    public EnrichArticles()
        : this(DictionaryGloss.Locate(null))
    {
    }

    /// <summary>The chain's English in front of the located gloss.</summary>
    public EnrichArticles(IEnglishRenderer english)
        : this(DictionaryGloss.Locate(null), english)
    {
    }

    private readonly SummarizeArticle _summarize = new();
    private readonly ExtractKeywords _keywords = new();

    public IReadOnlyList<PrintedPage> Run(IReadOnlyList<PrintedPage> pages, BuildReport report, IProgressSink progress, int parallelism)
    {
        var total = pages.Sum(p => p.Articles.Count);
        // Nothing to enrich (every article came from the cache): the dictionary is not even loaded.
        if (total == 0)
            return pages;
        progress.StageStarted(StageName, total);
        if (gloss is DictionaryGloss { Problem: { } problem })
            report.Warn(StageName, null, problem);
        var articles = pages.SelectMany(p => p.Articles).ToArray();
        var enriched = new Article[articles.Length];
        Parallel.For(0, articles.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            enriched[i] = articles[i] with { Enrichment = Enrich(articles[i]) };
            progress.Advance(StageName);
        });
        var next = 0;
        var result = pages.Select(page => page with { Articles = [.. page.Articles.Select(_ => enriched[next++])] }).ToList();
        progress.StageFinished(StageName);
        return english is null ? result : AddEnglish(result, english, report, progress);
    }

    // The chain's English replaces what the article has; where the chain has none (no gloss passed to it), the
    // article keeps its own, which also fills a field a librarian left out.
    private static List<PrintedPage> AddEnglish(List<PrintedPage> pages, IEnglishRenderer english, BuildReport report, IProgressSink progress)
    {
        var requests = pages.SelectMany(p => p.Articles).Select(a =>
            new EnglishRequest(a.Id, a.Item.Kicker, a.Item.Title, a.Item.Subtitle, a.Enrichment!.SummaryZh, EnglishRequest.ContextOf(a.Item))).ToList();
        var results = english.Render(pages, requests, report, progress);
        return [.. pages.Select(page => page with
        {
            Articles = [.. page.Articles.Select(a => results.GetValueOrDefault(a.Id) is not { } e ? a : a with
            {
                Enrichment = a.Enrichment! with
                {
                    TitleEn = e.Text.Title.Length > 0 ? e.Text.Title : a.Enrichment.TitleEn,
                    SummaryEn = e.Text.Summary.Length > 0 ? e.Text.Summary : a.Enrichment.SummaryEn,
                    EnglishSource = e.Source,
                    EnglishOrigin = e.Text.Title.Length > 0 && e.Text.Summary.Length > 0 || a.Enrichment.EnglishOrigin is null ? e.Origin
                        : $"{e.Origin} ({(e.Text.Title.Length == 0 ? "title" : "summary")}: {a.Enrichment.EnglishOrigin})",
                },
            })],
        })];
    }

    public Model.Enrichment Enrich(Article article)
    {
        var item = article.Item;
        var summary = _summarize.Summarize(item);
        var english = gloss.Render(new EnglishRequest(article.Id, item.Kicker, item.Title, item.Subtitle, summary, EnglishRequest.ContextOf(item)));
        return new Model.Enrichment
        {
            SummaryZh = summary,
            Keywords = _keywords.Extract(item),
            TitleEn = english.Title,
            SummaryEn = english.Summary,
            EnglishSource = EnglishSource.Gloss,
            EnglishOrigin = gloss.Version,
        };
    }
}
