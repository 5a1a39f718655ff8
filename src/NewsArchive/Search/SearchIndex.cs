using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsArchive.Search;

/// <summary>Narrowing a search: a date range (inclusive), a kind, a reporter, a paper.</summary>
public sealed record SearchFilters(DateOnly? From = null, DateOnly? To = null, string? Kind = null, string? Reporter = null, string? Paper = null);

public sealed record SearchHit(ArticleDocument Article, float Score, string Snippet);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// Searches the Lucene index: BM25, best first; equal scores in archive order (date, paper, page, position),
/// the same tie-break as the browser's.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneIndex _index;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly BuildLuceneQuery _queries;

    public SearchIndex(LuceneIndex index)
    {
        _index = index;
        _reader = index.OpenReader();
        _searcher = index.Searcher(_reader);
        _queries = new BuildLuceneQuery(index);
    }

    public int DocumentCount => _reader.NumDocs;

    public SearchResults Search(string text, SearchFilters filters, int limit)
    {
        var parsed = ParsedQuery.Parse(text);
        var results = Run(parsed, filters, limit);
        if (results.Total == 0 && parsed.CanRelax)
            results = Run(parsed.Relaxed(), filters, limit);
        return results;
    }

    private SearchResults Run(ParsedQuery parsed, SearchFilters filters, int limit)
    {
        var query = _queries.Build(parsed, words: true);
        if (query is null) return new(0, []);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.SortKey, SortFieldType.STRING));
        var top = _searcher.Search(query, Filter(filters), Math.Max(1, limit), sort, doDocScores: true, doMaxScore: false);
        var needles = Needles(parsed);
        var hits = top.ScoreDocs.Take(limit).Select(sd =>
        {
            var doc = ArticleDocument.FromStored(_searcher.Doc(sd.Doc));
            return new SearchHit(doc, sd.Score, Snippets.Make(doc, needles, _index.Map));
        }).ToList();
        return new(top.TotalHits, hits);
    }

    private static IReadOnlyList<string> Needles(ParsedQuery parsed) =>
        [.. parsed.Required.SelectMany(g => g).Select(c => c.Text)];

    private static Filter? Filter(SearchFilters f)
    {
        var all = new BooleanQuery();
        if (f.From is not null || f.To is not null)
            all.Add(NumericRangeQuery.NewInt32Range(SearchFields.Day, Day(f.From), Day(f.To), true, true), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(f.Kind)) all.Add(new TermQuery(new Term(SearchFields.Kind, f.Kind.Trim().ToLowerInvariant())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(f.Reporter)) all.Add(new TermQuery(new Term(SearchFields.Reporter, f.Reporter.Trim())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(f.Paper)) all.Add(new TermQuery(new Term(SearchFields.Paper, f.Paper.Trim())), Occur.MUST);
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    private static int? Day(DateOnly? d) => d is { } v ? v.Year * 10000 + v.Month * 100 + v.Day : null;

    public void Dispose() => _reader.Dispose();
}
