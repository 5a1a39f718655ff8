namespace NewsArchive.Search;

/// <summary>A short plain-text excerpt around the first place the query matches (search.js cuts the same way).</summary>
public static class Snippets
{
    public const int Before = 24;
    public const int After = 56;

    public static string Make(ArticleDocument doc, IReadOnlyList<string> clauses, SimplifiedMap map)
    {
        var body = doc.Body.Replace('\n', ' ');
        var folded = map.Fold(body).ToLowerInvariant();
        var at = -1;
        var length = 0;
        foreach (var needle in clauses.SelectMany(c => Pieces(map.Fold(c).ToLowerInvariant())).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal))
        {
            var i = folded.IndexOf(needle, StringComparison.Ordinal);
            if (i >= 0 && (at < 0 || i < at)) { at = i; length = needle.Length; }
        }
        if (at < 0)
        {
            var english = doc.SummaryEn ?? "";
            if (english.Length > 0 && clauses.Any(c => !c.Any(BigramTokens.IsHan))) return Cut(english, 0, 0);
            return Cut(body, 0, 0);
        }
        return Cut(body, at, length);
    }

    /// <summary>The runs of a clause that appear verbatim in text: Han runs and word runs.</summary>
    private static IEnumerable<string> Pieces(string clause)
    {
        var i = 0;
        while (i < clause.Length)
        {
            if (!BigramTokens.IsHan(clause[i]) && !BigramTokens.IsWordChar(clause[i])) { i++; continue; }
            var han = BigramTokens.IsHan(clause[i]);
            var start = i;
            while (i < clause.Length && (han ? BigramTokens.IsHan(clause[i]) : BigramTokens.IsWordChar(clause[i]))) i++;
            yield return clause[start..i];
        }
    }

    private static string Cut(string text, int at, int length)
    {
        var start = Math.Max(0, at - Before);
        var end = Math.Min(text.Length, at + length + After);
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }
}
