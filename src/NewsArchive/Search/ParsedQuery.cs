using System.Text;

namespace NewsArchive.Search;

/// <summary>One thing the reader asked for: a word or a "quoted phrase".</summary>
public sealed record QueryClause(string Text, bool Quoted);

/// <summary>
/// A query as readers write it: words and "quoted phrases" must all match, -word or -"phrase" must not,
/// and OR between two clauses lets either match. search.js parses by the same rules.
/// </summary>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryClause>> Required, IReadOnlyList<QueryClause> Excluded)
{
    public bool IsEmpty => Required.Count == 0;

    /// <summary>Several plain (unquoted) words with no OR: if they never all match, ranking by any of them is more useful than nothing.</summary>
    public bool CanRelax => Required.Count > 1 && Required.All(g => g.Count == 1 && !g[0].Quoted);

    public ParsedQuery Relaxed() => new([Required.SelectMany(g => g).ToList()], Excluded);

    public static ParsedQuery Parse(string query)
    {
        var items = new List<(string Text, bool Quoted, bool Negated, bool IsOr)>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || c == '\u3000') { i++; continue; }
            var negated = false;
            if ((c == '-' || c == '\uFF0D') && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]))
            {
                negated = true;
                i++;
                c = query[i];
            }
            if (IsQuote(c))
            {
                var end = i + 1;
                while (end < query.Length && !IsQuote(query[end])) end++;
                items.Add((query[(i + 1)..end], true, negated, false));
                i = end + 1;
                continue;
            }
            var start = i;
            var word = new StringBuilder();
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '\u3000' && !IsQuote(query[i])) i++;
            var text = query[start..i];
            items.Add((text, false, negated, !negated && text == "OR"));
        }

        var required = new List<List<QueryClause>>();
        var excluded = new List<QueryClause>();
        var joinNext = false;
        foreach (var (text, quoted, negated, isOr) in items)
        {
            if (isOr) { joinNext = required.Count > 0; continue; }
            if (!HasContent(text)) continue;
            var clause = new QueryClause(text, quoted);
            if (negated) { excluded.Add(clause); joinNext = false; continue; }
            if (joinNext) required[^1].Add(clause);
            else required.Add([clause]);
            joinNext = false;
        }
        return new([.. required], excluded);
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u300C' or '\u300D';

    private static bool HasContent(string text) => text.Any(c => BigramTokens.IsHan(c) || char.IsLetterOrDigit(c));
}
