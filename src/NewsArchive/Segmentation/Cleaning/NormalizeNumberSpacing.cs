using System.Text;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// E-paper typesetting puts thin spaces around numbers and Latin words set in Chinese text, and pdftotext
/// prints them (<c>2022 年</c>, <c>3 月 16 日</c>). Removes a space unless it separates two Latin
/// words (<c>New York</c>) or two CJK words (a two-part title, kept).
/// </summary>
public static class NormalizeNumberSpacing
{
    public static string Apply(string text)
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
            if (sb.Length > 0 && j < text.Length)
            {
                var before = sb[^1];
                var after = text[j];
                if ((IsLatin(before) && IsLatin(after)) || (Chinese.IsHan(before) && Chinese.IsHan(after)))
                    sb.Append(' ');
            }
            i = j - 1;
        }
        return sb.ToString();
    }

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
