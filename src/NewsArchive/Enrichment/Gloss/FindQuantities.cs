using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// Dates, times, numbers, amounts and percentages written with Arabic digits, turned into English:
/// 2022年12月14日 -> December 14, 2022; 12月 -> December; 209.2亿元 -> 20.92 billion yuan; 3.5万元 -> 35,000 yuan;
/// 1200余人 -> more than 1,200 people; 37.8% -> 37.8%; 83%以上 -> more than 83%; 6时30分 -> 6:30.
/// Numbers in Chinese characters are read at word level by the gloss (三成, 两个), where the segmenter keeps them apart from words like 统一.
/// </summary>
public static partial class FindQuantities
{
    private const string Num = @"\d+(?:,\d{3})*(?:\.\d+)?";

    [GeneratedRegex(@"\G(\d{4})年(\d{1,2})月(\d{1,2})[日号]")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\G(\d{4})年(\d{1,2})(?:[至到—－~～-](\d{1,2}))?月份?")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"\G(\d{1,2})月(\d{1,2})[日号](?:[至到—－~～-](?:(\d{1,2})月)?(\d{1,2})[日号])?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\G(\d{4})(?:[至到—－~～-](\d{4}))?年(度|底|初|末)?")]
    private static partial Regex Year();

    [GeneratedRegex(@"\G(\d{1,2})(?:[至到—－~～-](\d{1,2}))?月份?(上旬|中旬|下旬|初|底|末)?")]
    private static partial Regex Month();

    [GeneratedRegex(@"\G(\d{1,2})[日号]")]
    private static partial Regex Day();

    [GeneratedRegex(@"\G(\d{1,2})[时点](\d{1,2})分|\G(\d{1,2})时")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\G第(\d+)")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\G(" + Num + @")(?:[至到—－~～-](" + Num + @"))?\s?([%％‰])(以上|以下|左右)?")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\G(" + Num + @")(?:[至到—－~～-](" + Num + @"))?(万亿|亿|万|千)?(余|多)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\G(以上|以下|以内|左右)")]
    private static partial Regex After();

    public static IReadOnlyList<Quantity> In(string text)
    {
        var found = new List<Quantity>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c) && c != '第')
                continue;
            if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '.'))
                continue;
            var q = Match(text, i);
            if (q is null)
                continue;
            found.Add(q.Value);
            i = q.Value.End - 1;
        }
        return found;
    }

    private static Quantity? Match(string text, int i)
    {
        Match m;
        if (text[i] == '第')
        {
            m = Ordinal().Match(text, i);
            if (!m.Success)
                return null;
            var n = Int(m.Groups[1]);
            var end = m.Index + m.Length;
            if (end < text.Length && text[end] == '版')
                return new Quantity(i, m.Length + 1, "page " + n.ToString(CultureInfo.InvariantCulture));
            return new Quantity(i, m.Length + (end < text.Length && "届次期批个名位".Contains(text[end]) ? 1 : 0), EnglishNumbers.Ordinal(n));
        }
        if ((m = FullDate().Match(text, i)).Success && EnglishNumbers.Month(Int(m.Groups[2])) is { } fm && Int(m.Groups[3]) is >= 1 and <= 31)
            return new Quantity(i, m.Length, $"{fm} {Int(m.Groups[3])}, {m.Groups[1].Value}");
        if ((m = YearMonth().Match(text, i)).Success && EnglishNumbers.Month(Int(m.Groups[2])) is { } ym)
        {
            var to = m.Groups[3].Success ? EnglishNumbers.Month(Int(m.Groups[3])) : null;
            return new Quantity(i, m.Length, to is null ? $"{ym} {m.Groups[1].Value}" : $"{ym} to {to} {m.Groups[1].Value}");
        }
        if ((m = MonthDay().Match(text, i)).Success && EnglishNumbers.Month(Int(m.Groups[1])) is { } md && Int(m.Groups[2]) is >= 1 and <= 31)
        {
            var english = $"{md} {Int(m.Groups[2])}";
            if (m.Groups[4].Success)
                english += " to " + (m.Groups[3].Success && EnglishNumbers.Month(Int(m.Groups[3])) is { } m2 ? $"{m2} " : "") + Int(m.Groups[4]);
            return new Quantity(i, m.Length, english);
        }
        if ((m = Year().Match(text, i)).Success && Int(m.Groups[1]) is >= 1900 and <= 2100)
        {
            var english = m.Groups[2].Success ? $"{m.Groups[1].Value} to {m.Groups[2].Value}" : m.Groups[1].Value;
            english = m.Groups[3].Value switch { "底" or "末" => "the end of " + english, "初" => "early " + english, _ => english };
            return new Quantity(i, m.Length, english);
        }
        if ((m = Month().Match(text, i)).Success && EnglishNumbers.Month(Int(m.Groups[1])) is { } mo)
        {
            var english = m.Groups[2].Success && EnglishNumbers.Month(Int(m.Groups[2])) is { } mto ? $"{mo} to {mto}" : mo;
            english = m.Groups[3].Value switch
            {
                "上旬" => "early " + english,
                "中旬" => "mid-" + english,
                "下旬" or "底" or "末" => "late " + english,
                "初" => "early " + english,
                _ => english,
            };
            return new Quantity(i, m.Length, english);
        }
        if ((m = Day().Match(text, i)).Success && Int(m.Groups[1]) is >= 1 and <= 31)
            return new Quantity(i, m.Length, "the " + EnglishNumbers.Ordinal(Int(m.Groups[1])));
        if ((m = Clock().Match(text, i)).Success)
        {
            var hour = Int(m.Groups[1].Success ? m.Groups[1] : m.Groups[3]);
            var minute = m.Groups[2].Success ? Int(m.Groups[2]) : 0;
            if (hour <= 24 && minute < 60)
                return new Quantity(i, m.Length, $"{hour}:{minute:00}");
        }
        if ((m = Percent().Match(text, i)).Success)
        {
            var sign = m.Groups[3].Value == "‰" ? "‰" : "%";
            var english = Plain(m.Groups[1].Value) + sign;
            if (m.Groups[2].Success)
                english = Plain(m.Groups[1].Value) + sign + " to " + Plain(m.Groups[2].Value) + sign;
            return new Quantity(i, m.Length, Bound(m.Groups[4].Value, english));
        }
        if ((m = Number().Match(text, i)).Success)
            return Amount(text, i, m);
        return null;
    }

    private static Quantity? Amount(string text, int i, Match m)
    {
        var end = m.Index + m.Length;
        // Model numbers and codes (5G, 0635, G20) stay as written.
        if (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '.'))
        {
            var code = end;
            while (code < text.Length && (char.IsAsciiLetterOrDigit(text[code]) || text[code] is '-' or '.'))
                code++;
            return new Quantity(i, code - i, text[i..code]);
        }
        var raw = m.Groups[1].Value;
        if (raw.Length > 1 && raw[0] == '0' && raw[1] != '.')
            return new Quantity(i, m.Length, raw);
        var magnitude = m.Groups[3].Value switch { "万亿" => 1_000_000_000_000m, "亿" => 100_000_000m, "万" => 10_000m, "千" => 1_000m, _ => 1m };
        var value = Value(raw) * magnitude;
        var hasUnit = false;
        var unit = "";
        var length = m.Length;
        if (Units.NamedAt(text, end) is { } u)
        {
            unit = u.En;
            length += u.Zh.Length;
            hasUnit = true;
        }
        else if (end < text.Length && Units.Measures.Contains(text[end]))
        {
            length += 1;
            hasUnit = true;
        }
        // A bare four-digit number in the range of years (2025沣源…) is a year, not 2,025.
        if (!hasUnit && magnitude == 1 && !m.Groups[2].Success && raw.Length == 4 && value is >= 1900 and <= 2100)
            return new Quantity(i, raw.Length, raw);
        var number = EnglishNumbers.Format(value);
        if (m.Groups[2].Success)
            number = EnglishNumbers.Format(Value(raw) * magnitude) + " to " + EnglishNumbers.Format(Value(m.Groups[2].Value) * magnitude);
        var english = number + (unit.Length > 0 ? " " + unit : "");
        if (m.Groups[4].Success)
            english = "more than " + english;
        var after = After().Match(text, i + length);
        if (after.Success)
        {
            english = Bound(after.Value, english.StartsWith("more than ", StringComparison.Ordinal) && after.Value == "以上" ? english[10..] : english);
            length += after.Length;
        }
        return new Quantity(i, length, english);
    }

    private static string Bound(string after, string english) => after switch
    {
        "以上" => "more than " + english,
        "以下" or "以内" => "up to " + english,
        "左右" => "about " + english,
        _ => english,
    };

    private static string Plain(string raw) => EnglishNumbers.Format(Value(raw));

    private static decimal Value(string raw) => decimal.Parse(raw.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
