namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Narrow boxes and justified lines spread characters apart and pdftotext prints a space between each
/// (<c>非 遗 展 演</c>, <c>通 讯 员 张 小 三</c>). Joins runs of three or more single characters;
/// a space between two longer words (a two-part title) is kept.
/// </summary>
public static class JoinLetterSpacing
{
    public static string Apply(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
            return line.Trim();
        var parts = new List<string>();
        var i = 0;
        while (i < tokens.Length)
        {
            var j = i;
            while (j < tokens.Length && IsSpacedUnit(tokens[j]))
                j++;
            if (j - i >= 3)
            {
                parts.Add(string.Concat(tokens[i..j]));
                i = j;
            }
            else
            {
                parts.Add(tokens[i]);
                i++;
            }
        }
        return string.Join(' ', parts);
    }

    /// <summary>A token a letter-spaced line is made of: one CJK character, maybe with its punctuation.</summary>
    private static bool IsSpacedUnit(string token) =>
        token.Length == 1 || (token.Length == 2 && (Chinese.IsPunctuation(token[0]) || Chinese.IsPunctuation(token[1])));
}
