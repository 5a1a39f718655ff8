using System.Globalization;
using System.Text;

namespace NewsArchive.Rendering;

/// <summary>
/// Keeps every character of a rendered file one that XML 1.0 and HTML allow: pages and sidecars may carry control
/// characters, U+FFFE/U+FFFF or lone surrogates, and one of them in <c>feed.xml</c> makes the whole feed invalid.
/// Applied once, to the output of every template (HTML, Atom, sitemaps), both to raw characters and to the numeric
/// references the HTML encoder turns them into. White-space controls (form feed, vertical tab, NEL) become a space,
/// the rest U+FFFD, so the reader still sees that something stood there.
/// </summary>
public static class CleanXmlChars
{
    public static string Apply(string text)
    {
        var first = FirstProblem(text);
        if (first < 0)
            return text;
        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            if (c == '&' && i + 2 < text.Length && text[i + 1] == '#' && Reference(text, i) is { } reference)
            {
                if (Forbidden(reference.CodePoint))
                    result.Append(Replacement(reference.CodePoint));
                else
                    result.Append(text, i, reference.Length);
                i += reference.Length - 1;
                continue;
            }
            if (char.IsSurrogate(c) || Forbidden(c))
                result.Append(Replacement(c));
            else
                result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>Whether a code point may not appear in XML 1.0 or HTML text (controls, noncharacters, surrogates).</summary>
    public static bool Forbidden(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\r' => false,
        < 0x20 => true,
        >= 0x7F and <= 0x9F => true,
        >= 0xD800 and <= 0xDFFF => true,
        >= 0xFDD0 and <= 0xFDEF => true,
        > 0x10FFFF => true,
        _ => (codePoint & 0xFFFE) == 0xFFFE,
    };

    private static char Replacement(int codePoint) => codePoint is '\f' or '\v' or 0x85 ? ' ' : '\uFFFD';

    /// <summary>The index of the first raw forbidden character or numeric reference, or -1: most files have none.</summary>
    private static int FirstProblem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 ? c is not ('\t' or '\n' or '\r') : c is (>= '\u007F' and <= '\u009F') or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF')
                return i;
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (Forbidden(char.ConvertToUtf32(c, text[i + 1])))
                        return i;
                    i++;
                    continue;
                }
                return i;
            }
            if (c == '&' && i + 2 < text.Length && text[i + 1] == '#' && Reference(text, i) is { } reference && Forbidden(reference.CodePoint))
                return i;
        }
        return -1;
    }

    /// <summary>A numeric character reference (<c>&amp;#1;</c>, <c>&amp;#xFFFE;</c>) at <paramref name="at"/>, or null.</summary>
    private static (int CodePoint, int Length)? Reference(string text, int at)
    {
        var i = at + 2;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex) i++;
        var start = i;
        while (i < text.Length && i - start < 8 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            i++;
        if (i == start || i >= text.Length || text[i] != ';')
            return null;
        var digits = text.AsSpan(start, i - start);
        if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var codePoint))
            return null;
        return (codePoint, i + 1 - at);
    }
}
