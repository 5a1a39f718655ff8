using NewsArchive.Enrichment.Chinese;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Enrichment;

/// <summary>
/// Adds a Chinese summary, keywords and English to every article: the summary and keywords from the article's
/// own text (<see cref="SummarizeArticle"/>, <see cref="ExtractKeywords"/>), the English title and summary from the
/// offline gloss (<see cref="IGloss"/>). Articles are enriched in parallel and returned in their original order.
/// </summary>
public sealed class EnrichArticles(IGloss gloss)
{
    public const string StageName = "enrich";

    private readonly SummarizeArticle _summarize = new();
    private readonly ExtractKeywords _keywords = new();

    public IReadOnlyList<PrintedPage> Run(IReadOnlyList<PrintedPage> pages, BuildReport report, IProgressSink progress, int parallelism)
    {
        var total = pages.Sum(p => p.Articles.Count);
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
        return result;
    }

    public Model.Enrichment Enrich(Article article)
    {
        var item = article.Item;
        var summary = _summarize.Summarize(item);
        var english = gloss.Render(new EnglishRequest(article.Id, item.Kicker, item.Title, item.Subtitle, summary));
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
