using NewsArchive.Model;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// English for every article, from the best source that has it: librarian sidecar, translation memory,
/// configured service, dictionary gloss. One result per request, keyed by <see cref="EnglishRequest.ArticleId"/>;
/// an article is missing only when no source at all could render it (no gloss wired).
/// </summary>
public interface IEnglishRenderer
{
    IReadOnlyDictionary<string, EnglishResult> Render(
        IReadOnlyList<PrintedPage> pages, IReadOnlyList<EnglishRequest> requests, BuildReport report, IProgressSink progress);
}
