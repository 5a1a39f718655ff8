using System.Text;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Joins printed lines into running text: line and column breaks cut sentences and words anywhere, so lines
/// join with nothing between them, and all spaces go except one between two Latin words.
/// </summary>
public static class JoinBodyText
{
    public static string Apply(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(line);
        }
        return Collapse(sb.ToString());
    }

    /// <summary>Removes every space except a single one between two Latin letters.</summary>
    public static string Collapse(string text)
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
            if (sb.Length > 0 && j < text.Length && IsLatin(sb[^1]) && IsLatin(text[j]))
                sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
