using NewsArchive.Enrichment.English;
using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Enrichment;

/// <summary>
/// Adds a Chinese summary, keywords and English to every article.
/// SKELETON: the summary is the lede's first sentence; no keywords. English comes from <paramref name="english"/>
/// (librarian sidecar > translation memory > service > gloss); without one, none is produced.
/// </summary>
public sealed class EnrichArticles(IEnglishRenderer? english = null)
{
    public const string StageName = "enrich";

    public IReadOnlyList<PrintedPage> Run(IReadOnlyList<PrintedPage> pages, BuildReport report, IProgressSink progress, int parallelism)
    {
        var total = pages.Sum(p => p.Articles.Count);
        progress.StageStarted(StageName, total);
        var result = pages.Select(page => page with
        {
            Articles = [.. page.Articles.Select(a =>
            {
                progress.Advance(StageName);
                return a with { Enrichment = new Model.Enrichment { SummaryZh = FirstSentence(a.Item), EnglishSource = EnglishSource.None } };
            })],
        }).ToList();
        report.Info(StageName, null, "summaries are the first sentence of each article");
        progress.StageFinished(StageName);
        return english is null ? result : AddEnglish(result, english, report, progress);
    }

    // The chain's English replaces what the article has; where the chain has none (no gloss passed to it), the
    // article keeps its own, which also fills a field a librarian left out.
    private static List<PrintedPage> AddEnglish(List<PrintedPage> pages, IEnglishRenderer english, BuildReport report, IProgressSink progress)
    {
        var requests = pages.SelectMany(p => p.Articles).Select(a =>
            new EnglishRequest(a.Id, a.Item.Kicker, a.Item.Title, a.Item.Subtitle, a.Enrichment!.SummaryZh)).ToList();
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

    private static string FirstSentence(SegmentedItem item)
    {
        var text = item.Paragraphs.FirstOrDefault() ?? item.Captions.FirstOrDefault() ?? "";
        var end = text.IndexOfAny(['。', '！', '？']);
        return end < 0 ? text : text[..(end + 1)];
    }
}
