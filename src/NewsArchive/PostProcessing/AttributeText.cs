using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace NewsArchive.PostProcessing;

/// <summary>
/// Reads and writes an attribute value the way the HTML tokenizer does: character references decoded (with the
/// attribute rule that "&amp;copy=1" in a query string stays literal), CR and CRLF read as LF, NUL as U+FFFD.
/// </summary>
internal static class AttributeText
{
    // The longest named reference ("CounterClockwiseContourIntegral;") has 32 characters.
    private const int LongestName = 32;

    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        if (text.AsSpan().IndexOfAny('&', '\r', '\0') < 0)
            return text;
        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                decoded.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
            else if (c == '\0')
                decoded.Append('\uFFFD');
            else if (c != '&')
                decoded.Append(c);
            else
                i = Reference(text, i, decoded) - 1;
        }
        return decoded.ToString();
    }

    /// <summary>Appends what the reference at <paramref name="amp"/> stands for; returns the index after it.</summary>
    private static int Reference(string text, int amp, StringBuilder decoded)
    {
        var i = amp + 1;
        if (i < text.Length && text[i] == '#')
            return Numeric(text, amp, decoded);
        var end = i;
        while (end < text.Length && end - i < LongestName && char.IsAsciiLetterOrDigit(text[end]))
            end++;
        if (end == i)
        {
            decoded.Append('&');
            return i;
        }
        if (end < text.Length && text[end] == ';' && HtmlEntityProvider.Resolver.GetSymbol(text[i..end] + ";") is { } full)
        {
            decoded.Append(full);
            return end + 1;
        }
        // Legacy references without ';' ("&amp", "&copy"): the longest one that is a prefix, unless an attribute's
        // next character is '=' or alphanumeric, when the text is kept as written.
        for (var stop = end; stop > i; stop--)
        {
            if (!LegacyNames.Contains(text[i..stop]) || HtmlEntityProvider.Resolver.GetSymbol(text[i..stop] + ";") is not { } legacy)
                continue;
            if (stop < text.Length && (text[stop] == '=' || char.IsAsciiLetterOrDigit(text[stop])))
                break;
            decoded.Append(legacy);
            return stop;
        }
        decoded.Append(text, amp, end - amp);
        return end;
    }

    private static int Numeric(string text, int amp, StringBuilder decoded)
    {
        var i = amp + 2;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex)
            i++;
        var start = i;
        while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            i++;
        if (i == start)
        {
            decoded.Append(text, amp, i - amp);
            return i;
        }
        var digits = text.AsSpan(start, i - start).TrimStart('0');
        var code = digits.Length > 8 ? long.MaxValue
            : digits.Length == 0 ? 0
            : long.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        if (i < text.Length && text[i] == ';')
            i++;
        decoded.Append(CodePoint(code));
        return i;
    }

    private static string CodePoint(long code)
    {
        if (code is 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            return "\uFFFD";
        if (code is >= 0x80 and <= 0x9F && Windows1252(code) is { } mapped)
            return mapped.ToString();
        return char.ConvertFromUtf32((int)code);
    }

    // The tokenizer reads C1 controls in references as the Windows-1252 characters pages of the 1990s meant
    // (0x80..0x9F; a NUL where Windows-1252 has no character and the control stays).
    private const string Windows1252Table =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private static char? Windows1252(long code) => Windows1252Table[(int)code - 0x80] is var c && c != '\0' ? c : null;

    /// <summary>Writes <paramref name="value"/> to stand between the given quotes (0 for an unquoted value).</summary>
    public static string Encode(string value, byte quote)
    {
        if (quote == 0 && value.AsSpan().IndexOfAny(UnsafeUnquoted) >= 0)
            return "\"" + Encode(value, (byte)'"') + "\"";
        if (value.AsSpan().IndexOfAny(Escaped) < 0)
            return value;
        var encoded = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '"' when quote == '"' => encoded.Append("&quot;"),
                '\'' when quote == '\'' => encoded.Append("&#39;"),
                // A raw CR would be read back as LF.
                '\r' => encoded.Append("&#13;"),
                _ => encoded.Append(c),
            };
        }
        return encoded.ToString();
    }

    /// <summary>Whether the value can be written without quotes: not empty, no space, quote, '=', '&lt;', '&gt;' or '`'.</summary>
    public static bool NeedsQuotes(string value) => value.Length == 0 || value.AsSpan().IndexOfAny(UnsafeUnquoted) >= 0;

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&\"'\r");

    private static readonly System.Buffers.SearchValues<char> UnsafeUnquoted = System.Buffers.SearchValues.Create("\t\n\f\r \"'<=>`");

    // The references HTML still reads without a closing ';' (the HTML standard's legacy list).
    private static readonly HashSet<string> LegacyNames = new(StringComparer.Ordinal)
    {
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute",
        "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc",
        "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute",
        "aacute", "acirc", "acute", "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil",
        "cent", "copy", "curren", "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14",
        "frac34", "gt", "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro",
        "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash", "otilde", "ouml",
        "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn",
        "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    };
}
