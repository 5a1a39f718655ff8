using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>What a heading line looks like in pdftotext's output: short, no sentence punctuation, no anchor.</summary>
internal static class HeadingShape
{
    public static bool IsPlainText(PageLine line) =>
        !line.Bold && line.Text.IndexOf('■') < 0 && !ClassifyLine.Dateline(line.Text).Success && !ClassifyLine.IsSubtitle(line.Text)
        && !ClassifyLine.IsAuthorLine(line.Text) && !ClassifyLine.IsBylineLine(line.Text) && !ClassifyLine.Continuation(line.Text).Success;

    public static bool IsPlainBody(PageLine line) => IsPlainText(line) && !IsHeadingLike(line.Text);

    /// <summary>Titles, kickers and labels carry no sentence punctuation and are short.</summary>
    public static bool IsHeadingLike(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || TextWidth.Of(t) > 30)
            return false;
        if (t.IndexOfAny(['。', '，', '；', '、', ',', ';']) >= 0 || t.Contains('：') && !IsLabelledTitle(t))
            return false;
        var inner = t.TrimEnd('！', '？', '!', '?', '”');
        if (inner.IndexOfAny(['！', '？', '!', '?']) >= 0)
            return false;
        if (t.StartsWith('（') || t.StartsWith('(') || t.StartsWith("——", StringComparison.Ordinal))
            return false;
        // A dateline alone on its line (its byline follows on the next) opens a report; it heads nothing.
        if (ClassifyLine.Dateline(t) is { Success: true, Index: 0 })
            return false;
        return t.Any(c => Chinese.IsHan(c) || char.IsLetter(c)) && !IsJustifiedLine(t);
    }

    /// <summary>
    /// A narrow column breaks words and numbers anywhere: a line whose next line opens with a lone character and a
    /// comma or full stop (<c>……负责人某某介</c> / <c>绍，……</c>), or whose number goes on on the next line
    /// (<c>3月</c> / <c>2</c> / <c>0日</c>), is in the middle of a sentence, never a heading. No sentence begins with
    /// a one-character clause, and a headline's number is printed whole.
    /// </summary>
    public static bool RunsOnInto(string line, string next)
    {
        var t = line.TrimEnd();
        var n = next.TrimStart();
        if (t.Length == 0 || n.Length == 0)
            return false;
        if (n.Length >= 2 && Chinese.IsHan(n[0]) && "，。、；：".Contains(n[1]))
            return true;
        var endsInNumber = char.IsAsciiDigit(t[^1]) || t[^1] == '月' && t.Length >= 2 && char.IsAsciiDigit(t[^2]);
        return endsInNumber && (char.IsAsciiDigit(n[0]) || UnitAfterNumber.Contains(n[0]));
    }

    /// <summary>What follows a number in a sentence: a date's or a count's unit, a percent sign.</summary>
    private const string UnitAfterNumber = "日月年%％万亿个元人户亩家座条处名场次号余多";

    /// <summary>
    /// A line of a narrow column that a long number or word pushed apart: justification spread every character and
    /// pdftotext put a space between each (<c>面 积 已 达 15543</c>). A headline is set tight, and a letter-spaced
    /// label (<c>短 评</c>) is a few characters: six or more Han characters mostly spaced apart are body text.
    /// </summary>
    public static bool IsJustifiedLine(string t)
    {
        var han = 0;
        var spaced = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (!Chinese.IsHan(t[i]))
                continue;
            han++;
            if (i + 2 < t.Length && t[i + 1] == ' ' && Chinese.IsHan(t[i + 2]))
                spaced++;
        }
        return han >= 6 && spaced >= 0.6 * (han - 1);
    }

    /// <summary>
    /// A headline led by its place or topic and a colon (<c>某地：某事见实效</c>): one colon after a short label of
    /// Han characters, a headline after it. A sentence's colon ends its line or opens a quotation instead.
    /// </summary>
    public static bool IsLabelledTitle(string t)
    {
        var colon = t.IndexOf('：');
        if (colon != t.LastIndexOf('：') || colon is < 2 or > 6 || t.Length - colon - 1 < 3)
            return false;
        var after = t[(colon + 1)..].TrimStart();
        return t[..colon].All(Chinese.IsHan) && after.Length > 0 && !"“‘\"'（(".Contains(after[0]);
    }

    /// <summary>
    /// A title with a comma or colon in it (<c>关注春运：……</c>) standing alone in its block: long enough not to be a
    /// column's stray last line, and not ending the way a sentence or a clause does.
    /// </summary>
    public static bool IsPunctuatedTitle(string text)
    {
        var t = text.Trim();
        if (t.Length < 8 || TextWidth.Of(t) > 30 || t.StartsWith('（') || t.StartsWith("——", StringComparison.Ordinal))
            return false;
        if (t.IndexOfAny(['。', '；', ';']) >= 0 || "，、：,:（".Contains(t[^1]))
            return false;
        return t.Count(c => c is '，' or '：') <= 2 && !ClassifyLine.Dateline(t).Success && !t.Contains('■');
    }

    public static string JoinHeading(IEnumerable<string> lines)
    {
        var joined = "";
        foreach (var line in lines.Select(l => NormalizeNumberSpacing.Apply(JoinLetterSpacing.Apply(l.Trim()))))
        {
            if (joined.Length > 0 && IsLatin(joined[^1]) && line.Length > 0 && IsLatin(line[0]))
                joined += " ";
            joined += line;
        }
        return joined;
    }

    public static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
