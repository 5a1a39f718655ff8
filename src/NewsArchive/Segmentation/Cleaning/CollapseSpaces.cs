using System.Text;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Removes every run of white space, keeping one space where <c>keep(before, after)</c> says the run
/// separated two words that need it. The cleaning steps differ only in that rule.
/// </summary>
public static class CollapseSpaces
{
    public static string Apply(string text, Func<char, char, bool> keep)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
                continue;
            }
            var j = i;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
                j++;
            if (sb.Length > 0 && j < text.Length && keep(sb[^1], text[j]))
                sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }

    public static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
