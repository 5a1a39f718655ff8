using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsArchive.Search;

/// <summary>
/// Turns a parsed query into Lucene queries. A clause matches by its bigram phrase (Chinese, and words as
/// printed in the Chinese text) or by its English stems; a one-character Chinese clause matches by unigram.
/// With <c>words</c> on, SmartCn words add to the score of a match but never make one: the CLI ranks with
/// them, while the browser (which has no SmartCn) ranks by the matching part alone.
/// </summary>
public sealed class BuildLuceneQuery(LuceneIndex index)
{
    public Query? Build(ParsedQuery query, bool words)
    {
        var root = new BooleanQuery();
        foreach (var group in query.Required)
        {
            var alternatives = group.Select(c => Clause(c, words)).OfType<Query>().ToList();
            if (alternatives.Count == 0) continue;
            if (alternatives.Count == 1) root.Add(alternatives[0], Occur.MUST);
            else
            {
                var any = new BooleanQuery();
                foreach (var a in alternatives) any.Add(a, Occur.SHOULD);
                root.Add(any, Occur.MUST);
            }
        }
        if (root.Clauses.Count == 0) return null;
        foreach (var c in query.Excluded)
            if (Clause(c, words: false) is { } q) root.Add(q, Occur.MUST_NOT);
        return root;
    }

    /// <summary>What must match for one clause (null when the clause has nothing searchable).</summary>
    public Query? Clause(QueryClause clause, bool words)
    {
        var folded = index.Map.Fold(clause.Text);
        var match = new BooleanQuery();
        foreach (var q in ChineseParts(folded)) match.Add(q, Occur.SHOULD);
        if (!folded.Any(BigramTokens.IsHan))
        {
            var english = Tokens(SearchFields.TitleEnglish, clause.Text);
            if (english.Count > 0)
            {
                match.Add(Phrase(SearchFields.TitleEnglish, english, SearchFields.TitleBoost), Occur.SHOULD);
                match.Add(Phrase(SearchFields.BodyEnglish, english, 1f), Occur.SHOULD);
            }
        }
        if (match.Clauses.Count == 0) return null;
        if (!words || !folded.Any(BigramTokens.IsHan)) return match;

        var ranked = new BooleanQuery { { match, Occur.MUST } };
        foreach (var (term, _) in Tokens(SearchFields.BodyWords, folded).DistinctBy(t => t.Term))
        {
            if (!term.Any(BigramTokens.IsHan)) continue;
            ranked.Add(new TermQuery(new Term(SearchFields.TitleWords, term)) { Boost = SearchFields.TitleBoost }, Occur.SHOULD);
            ranked.Add(new TermQuery(new Term(SearchFields.BodyWords, term)), Occur.SHOULD);
        }
        return ranked;
    }

    /// <summary>
    /// The bigram part of a clause, alternatives to OR together. A lone Han character next to other tokens
    /// (as in "5G网") cannot sit in a bigram phrase, so it is required as a unigram beside the phrase.
    /// </summary>
    private static IEnumerable<Query> ChineseParts(string folded)
    {
        var tokens = BigramTokens.Bigrams(folded).ToList();
        if (tokens.Count == 0) yield break;
        var lone = tokens.Where(t => t.Term.Length == 1 && BigramTokens.IsHan(t.Term[0])).ToList();
        if (lone.Count == 0)
        {
            yield return Either(tokens);
            yield break;
        }
        var rest = tokens.Except(lone).Select((t, i) => t with { Position = i }).ToList();
        var all = new BooleanQuery();
        foreach (var t in lone) all.Add(new TermQuery(new Term(SearchFields.Unigrams, t.Term)), Occur.MUST);
        if (rest.Count > 0) all.Add(Either(rest), Occur.MUST);
        yield return all.Clauses.Count == 1 ? all.Clauses[0].Query : all;
    }

    private static Query Either(IReadOnlyList<BigramToken> tokens)
    {
        var either = new BooleanQuery
        {
            { Phrase(SearchFields.TitleBigrams, [.. tokens.Select(t => (t.Term, t.Position))], SearchFields.TitleBoost), Occur.SHOULD },
            { Phrase(SearchFields.BodyBigrams, [.. tokens.Select(t => (t.Term, t.Position))], 1f), Occur.SHOULD },
        };
        return either;
    }

    private static Query Phrase(string field, IReadOnlyList<(string Term, int Position)> tokens, float boost)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in tokens) phrase.Add(new Term(field, term), position - tokens[0].Position);
        return phrase;
    }

    /// <summary>Runs a field's analyzer over query text: terms with their positions (stop words leave gaps).</summary>
    public List<(string Term, int Position)> Tokens(string field, string text)
    {
        var result = new List<(string, int)>();
        using var stream = index.Analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }
        stream.End();
        return result;
    }
}
