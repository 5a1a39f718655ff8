using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Enrichment;

/// <summary>
/// Adds a Chinese summary, keywords and English to every article.
/// SKELETON: the summary is the lede's first sentence; no keywords; no English.
/// </summary>
public sealed class EnrichArticles
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
        report.Info(StageName, null, "summaries are the first sentence of each article; English is not produced yet");
        progress.StageFinished(StageName);
        return result;
    }

    private static string FirstSentence(SegmentedItem item)
    {
        var text = item.Paragraphs.FirstOrDefault() ?? item.Captions.FirstOrDefault() ?? "";
        var end = text.IndexOfAny(['。', '！', '？']);
        return end < 0 ? text : text[..(end + 1)];
    }
}
