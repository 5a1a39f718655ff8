namespace NewsArchive.Search;

/// <summary>One token of the bigram form of a text: the term, its position, and where it sits in the text.</summary>
public readonly record struct BigramToken(string Term, int Position, int Start, int End);

/// <summary>
/// The tokenization that the Lucene index and the browser's search.js share, rule for rule, so a query
/// typed in the browser finds what the index holds. On folded text (see <see cref="SimplifiedMap"/>):
/// a run of Han characters gives its overlapping bigrams (a lone Han character gives itself);
/// a run of other letters and digits gives one lower-cased token; everything else separates.
/// Every token takes the next position, so a phrase of bigrams matches exactly a substring of a run.
/// </summary>
public static class BigramTokens
{
    public static bool IsHan(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    public static bool IsWordChar(char c) => !IsHan(c) && !char.IsSurrogate(c) && char.IsLetterOrDigit(c);

    public static IEnumerable<BigramToken> Bigrams(string folded)
    {
        var position = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsHan(c))
            {
                var start = i;
                while (i < folded.Length && IsHan(folded[i])) i++;
                if (i - start == 1)
                    yield return new(folded.Substring(start, 1), position++, start, i);
                else
                    for (var j = start; j + 1 < i; j++)
                        yield return new(folded.Substring(j, 2), position++, j, j + 2);
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < folded.Length && IsWordChar(folded[i])) i++;
                yield return new(folded[start..i].ToLowerInvariant(), position++, start, i);
            }
            else i++;
        }
    }

    /// <summary>Every Han character on its own: what a one-character query looks up.</summary>
    public static IEnumerable<BigramToken> Unigrams(string folded)
    {
        var position = 0;
        for (var i = 0; i < folded.Length; i++)
            if (IsHan(folded[i]))
                yield return new(folded.Substring(i, 1), position++, i, i + 1);
    }
}
