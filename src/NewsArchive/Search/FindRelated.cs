using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace NewsArchive.Search;

/// <summary>
/// For every article, the articles most alike by their SmartCn words (Lucene's MoreLikeThis), best first;
/// equal scores fall back to archive order, so the lists are the same on every build.
/// </summary>
public sealed class FindRelated(int count = 5)
{
    private static readonly Sort Order = new(SortField.FIELD_SCORE, new SortField(SearchFields.SortKey, SortFieldType.STRING));

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Run(LuceneIndex index, IReadOnlyList<ArticleDocument> documents, int parallelism)
    {
        using var reader = index.OpenReader();
        var searcher = index.Searcher(reader);
        var ids = new string[reader.MaxDoc];
        var live = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { SearchFields.Id };
        for (var d = 0; d < reader.MaxDoc; d++)
        {
            if (live is not null && !live.Get(d)) continue;
            var doc = reader.Document(d, fields);
            ids[d] = doc.Get(SearchFields.Id);
        }
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, doc =>
        {
            var mlt = new MoreLikeThis(reader)
            {
                Analyzer = index.Analyzer,
                FieldNames = [SearchFields.BodyWords],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLen = 2,
                MaxQueryTerms = 16,
            };
            mlt.SetMaxDocFreqPct(20);
            var query = mlt.Like(new StringReader(index.Map.Fold(doc.Title + "\n" + doc.Title + "\n" + doc.Body)), SearchFields.BodyWords);
            if (query is BooleanQuery { Clauses.Count: 0 }) { result[doc.Id] = []; return; }
            var top = searcher.Search(query, null, count + 1, Order, doDocScores: false, doMaxScore: false);
            result[doc.Id] = [.. top.ScoreDocs
                .Where(sd => ids[sd.Doc] is not null && ids[sd.Doc] != doc.Id)
                .Take(count)
                .Select(sd => ids[sd.Doc])];
        });
        return result;
    }
}
