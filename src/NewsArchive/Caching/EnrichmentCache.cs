using NewsArchive.Model;

namespace NewsArchive.Caching;

/// <summary>
/// Enrichments (summaries, keywords, English) of articles from earlier builds. Only pages with an article whose content,
/// id or enrichment inputs changed go through enrichment again; the others take their enrichment from the cache.
/// This relies on enrichment being per article: an article's enrichment may depend on its own content and on
/// <paramref name="inputs"/> (code, options, sidecars, translation memory), not on other articles.
/// A page whose enrichment came with a warning or error (a translation service that failed, say) is not
/// remembered, so the next build tries it again and the message is not lost.
/// </summary>
public sealed class EnrichmentCache(ContentCache<Model.Enrichment> store, string inputs)
{
    public static EnrichmentCache Load(string cacheDirectory, string inputs) =>
        new(ContentCache<Model.Enrichment>.Load(Path.Combine(cacheDirectory, "enrichment.jsonl")), inputs);

    public ContentCache<Model.Enrichment> Store => store;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _keysById = new(StringComparer.Ordinal);

    /// <summary>The key of every article of the last <see cref="Run"/>, by article id.</summary>
    public IReadOnlyDictionary<string, string> KeysById => _keysById;

    /// <summary>
    /// Everything an article's enrichment is made from; equal keys mean an equal article and an equal enrichment.
    /// The item goes in by its structure (<see cref="ModelHash"/>), not its JSON: serializing every item of the archive
    /// on every build was most of the cost of the keys.
    /// </summary>
    public string Key(Article article) =>
        CacheKeys.Hash("enrich", CacheKeys.Code, inputs, article.Id, article.PageName, article.Paper.NameZh, article.Paper.NameEn, ModelHash.Of(article.Item));

    public IReadOnlyList<PrintedPage> Run(IReadOnlyList<PrintedPage> pages, BuildReport report, Func<IReadOnlyList<PrintedPage>, IReadOnlyList<PrintedPage>> enrich)
    {
        var keys = new string[pages.Count][];
        Parallel.For(0, pages.Count, i => keys[i] = [.. pages[i].Articles.Select(Key)]);
        _keysById.Clear();
        for (var i = 0; i < pages.Count; i++)
            for (var k = 0; k < keys[i].Length; k++)
                _keysById[pages[i].Articles[k].Id] = keys[i][k];

        // Reading an entry back is most of a cached build's enrichment: on all cores.
        var result = new PrintedPage[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var cached = new Article[pages[i].Articles.Count];
            for (var k = 0; k < cached.Length; k++)
            {
                if (!store.TryGet(keys[i][k], out var enrichment)) return;
                cached[k] = pages[i].Articles[k] with { Enrichment = enrichment };
            }
            result[i] = pages[i] with { Articles = cached };
        });
        var missing = Enumerable.Range(0, pages.Count).Where(i => result[i] is null).ToList();

        var before = report.Diagnostics.Where(d => d.Severity != Severity.Info).ToHashSet();
        var enriched = enrich([.. missing.Select(i => pages[i])]);
        var troubled = report.Diagnostics.Where(d => d.Severity != Severity.Info && !before.Contains(d)).Select(d => d.File).ToHashSet();
        for (var j = 0; j < missing.Count; j++)
        {
            var i = missing[j];
            result[i] = enriched[j];
            if (enriched[j].Articles.Count != pages[i].Articles.Count)
                continue; // enrichment changed the article list: nothing safe to remember
            if (troubled.Contains(null) || troubled.Contains(pages[i].Source.File))
                continue; // retried next build
            for (var k = 0; k < keys[i].Length; k++)
                if (enriched[j].Articles[k].Enrichment is { } e)
                    store.Put(keys[i][k], e);
        }
        return result;
    }
}
