using System.Text.RegularExpressions;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Recognises the lines that carry an article's structure rather than its text: the dateline that opens a
/// report, picture credits and feature bylines (■), commentary author lines (□ ◎), byline lines, subtitles
/// (——) and continuation notes. Patterns are the conventions of Chinese newspaper typesetting.
/// </summary>
public static partial class ClassifyLine
{
    /// <summary>Where a dateline starts in the line and how long it is (<c>本报讯</c>, <c>本报某地6月3日讯</c>, <c>新华社北京3月5日电</c>).</summary>
    public static Match Dateline(string line) => DatelinePattern().Match(line);

    /// <summary>Where a ■ credit starts in the line, or -1.</summary>
    public static int CreditStart(string line)
    {
        var i = line.IndexOf('■');
        if (i >= 0)
            return i;
        // A credit set at the end of a caption without the ■ mark: "……现场。 本报记者 张三 摄".
        var m = TrailingCredit().Match(line);
        return m.Success && m.Index > 0 ? m.Index : -1;
    }

    [GeneratedRegex(@"(?<=[。！？”])\s*(本报记者|新华社记者|记者|通讯员|本报通讯员)\s*[\p{IsCJKUnifiedIdeographs}·]{2,6}(\s+[\p{IsCJKUnifiedIdeographs}·]{2,6})*\s*摄$")]
    private static partial Regex TrailingCredit();

    public static bool IsAuthorLine(string line)
    {
        var t = line.Trim();
        return AuthorPattern().IsMatch(t) || t is "本报评论员" or "本报特约评论员" or "特约评论员";
    }

    /// <summary>A line that is only a byline: role words and names (<c>本报记者 张三 通讯员 李四</c>, <c>文/本报记者 X 图/通讯员 Y</c>).</summary>
    public static bool IsBylineLine(string line)
    {
        var t = line.Trim();
        if (t.Length > 40 || Chinese.HasSentencePunctuation(t))
            return false;
        if (t.StartsWith("文/", StringComparison.Ordinal) || t.StartsWith("文／", StringComparison.Ordinal))
            return true;
        if (!ParseByline.Roles.Any(r => t.StartsWith(r, StringComparison.Ordinal)))
            return false;
        var rest = t;
        foreach (var role in ParseByline.Roles)
            rest = rest.Replace(role, " ");
        var tokens = rest.Split([' ', '、', '/'], StringSplitOptions.RemoveEmptyEntries).Where(x => x is not ("文" or "图" or "摄")).ToList();
        return tokens.Count > 0 && tokens.All(x => x.Length <= 4);
    }

    /// <summary>A picture credit printed without the ■ mark: <c>本报记者 X 摄</c>.</summary>
    public static bool IsPlainPictureCredit(string line)
    {
        var t = line.Trim();
        return (t.EndsWith(" 摄", StringComparison.Ordinal) || t.EndsWith("摄影", StringComparison.Ordinal)) && IsBylineLine(t);
    }

    public static bool IsSubtitle(string line) => line.TrimStart().StartsWith("——", StringComparison.Ordinal) || line.TrimStart().StartsWith("--", StringComparison.Ordinal);

    public static Match Continuation(string line) => ContinuationPattern().Match(line);

    /// <summary>A byline printed in brackets at the end of a brief or report: <c>（记者 X）</c>.</summary>
    public static Match TrailingByline(string text) => TrailingBylinePattern().Match(text);

    // Justified lines are letter-spaced (本 报 某 地 2 月 3 日 讯): a space may stand between any two characters.
    [GeneratedRegex(@"(本\s?报\s?(?:(?:[\p{IsCJKUnifiedIdeographs}]\s?){0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?讯|(?:本\s?报|新\s?华\s?社|中\s?新\s?社|人\s?民\s?日\s?报)\s?(?:[\p{IsCJKUnifiedIdeographs}]\s?){0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电)")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^[□◎○●◇◆]\s*[\p{IsCJKUnifiedIdeographs}·A-Za-z]([\s\p{IsCJKUnifiedIdeographs}·A-Za-z]{0,12})$")]
    private static partial Regex AuthorPattern();

    [GeneratedRegex(@"[（(]\s*(下\s*转|上\s*接|转\s*自|接\s*上|转\s*第|接\s*第)\s*第?\s*[A-Za-z0-9０-９]{1,3}\s*版\s*[）)]")]
    private static partial Regex ContinuationPattern();

    [GeneratedRegex(@"[（(]\s*(本报记者|见习记者|实习记者|特约记者|记者|通讯员|实习生)[^（）()]{1,40}[）)]\s*$")]
    private static partial Regex TrailingBylinePattern();
}
