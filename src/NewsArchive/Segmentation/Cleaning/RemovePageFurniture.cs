using System.Text.RegularExpressions;
using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Removes the page's furniture, wherever pdftotext put it (between articles, inside a body's columns):
/// masthead and running head (paper name, English name, date, weekday, lunar date, issue number, 第N版 and the
/// page name beside it), editor lines, the imprint, a 简讯 column's heading and the ▶▶ caption pointer.
/// Each removal is recorded with its reason.
/// </summary>
public static partial class RemovePageFurniture
{
    public sealed record Result(IReadOnlyList<PageLine> Lines, IReadOnlyList<RemovedText> Removed, IReadOnlySet<int> BriefHeadingAfter);

    public const string BriefColumnReason = "furniture: heading of a news-in-brief column";

    public static Result Apply(IReadOnlyList<PageLine> lines)
    {
        var removed = new List<RemovedText>();
        var kept = new List<PageLine>();
        var briefHeadings = new HashSet<int>();
        var pageNames = PageNames(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var reason = ReasonFor(line.Text, pageNames) ?? NumberedPageNameReason(lines, i, pageNames);
            if (reason is null)
            {
                // The ▶▶ pointer in front of a caption is decoration, not caption text.
                var m = Pointer().Match(line.Text);
                if (m.Success && m.Length < line.Text.Length)
                {
                    removed.Add(new RemovedText(m.Value.Trim(), "furniture: caption pointer"));
                    kept.Add(line with { Text = line.Text[m.Length..].Trim() });
                }
                else
                    kept.Add(line);
                continue;
            }
            removed.Add(new RemovedText(line.Text, reason));
            if (reason == BriefColumnReason)
                briefHeadings.Add(kept.Count);
        }
        return new Result(kept, removed, briefHeadings);
    }

    /// <summary>
    /// The page name (版名) is an ordinary word (要闻, 经济); it is furniture only where it stands: on the 第N版
    /// line or on a short line next to it. Its letter-spaced form counts too.
    /// </summary>
    private static HashSet<string> PageNames(IReadOnlyList<PageLine> lines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var m = PageNumber().Match(Compact(lines[i].Text));
            if (!m.Success)
                continue;
            if (m.Groups["name"].Value.Length > 0)
                names.Add(m.Groups["name"].Value);
            // The name sits on the 第N版 line's block, else on the nearest line before it, else after it,
            // skipping other masthead lines (paper name, date) on the way.
            var found = NearName(lines, i, i + 1, +1, sameBlock: true) ?? NearName(lines, i, i - 1, -1, sameBlock: false)
                ?? NearName(lines, i, i + 1, +1, sameBlock: false);
            if (found is not null)
                names.Add(found);
        }
        // A running head's page name from the usual set of 版名, at the head of the page or beside other furniture.
        for (var i = 0; i < lines.Count; i++)
        {
            var c = Compact(lines[i].Text);
            if (!CommonPageName().IsMatch(c))
                continue;
            var besideFurniture = (i > 0 && ReasonFor(lines[i - 1].Text, names) is not null && lines[i - 1].Block >= lines[i].Block - 1)
                || (i + 1 < lines.Count && ReasonFor(lines[i + 1].Text, names) is not null && lines[i + 1].Block <= lines[i].Block + 1);
            if (i < 3 || besideFurniture)
                names.Add(c);
        }
        return names;
    }

    private static string? NearName(IReadOnlyList<PageLine> lines, int at, int start, int step, bool sameBlock)
    {
        for (var j = start; j >= 0 && j < lines.Count && Math.Abs(j - at) <= 3; j += step)
        {
            if (sameBlock && lines[j].Block != lines[at].Block)
                return null;
            var near = Compact(lines[j].Text);
            if (PageName().IsMatch(near) && !PaperName().IsMatch(near) && !BriefColumn().IsMatch(near))
                return near;
            if (ReasonFor(lines[j].Text, new HashSet<string>()) is null)
                return null;
        }
        return null;
    }

    /// <summary>
    /// A running head may set the page number run into the page's name (<c>3要闻</c>, <c>4 城乡</c>): a line of its
    /// own opening the page or beside other furniture. Elsewhere such a line may be a body's stray numbers.
    /// </summary>
    private static string? NumberedPageNameReason(IReadOnlyList<PageLine> lines, int i, IReadOnlySet<string> pageNames)
    {
        if (!NumberedPageName().IsMatch(Compact(lines[i].Text)))
            return null;
        // Alone in its block, or with other furniture only (an editor line set beside it).
        var alone = (i == 0 || lines[i - 1].Block != lines[i].Block || ReasonFor(lines[i - 1].Text, pageNames) is not null)
            && (i + 1 >= lines.Count || lines[i + 1].Block != lines[i].Block || ReasonFor(lines[i + 1].Text, pageNames) is not null);
        if (!alone)
            return null;
        var besideFurniture = (i > 0 && ReasonFor(lines[i - 1].Text, pageNames) is not null)
            || (i + 1 < lines.Count && ReasonFor(lines[i + 1].Text, pageNames) is not null);
        return i == 0 || besideFurniture ? "furniture: page number and page name" : null;
    }

    public static string? ReasonFor(string text, IReadOnlySet<string> pageNames)
    {
        var c = Compact(text);
        if (c.Length == 0)
            return null;
        if (PageNumber().IsMatch(c))
            return "furniture: page number";
        if (pageNames.Contains(c))
            return "furniture: page name";
        if (PaperName().IsMatch(c))
            return "furniture: paper name";
        if (EnglishName().IsMatch(text.Trim()))
            return "furniture: paper's English name";
        if (MastheadDate().IsMatch(c) || Weekday().IsMatch(c) || Lunar().IsMatch(c))
            return "furniture: masthead date";
        if (IssueInfo().IsMatch(c))
            return "furniture: masthead issue information";
        if (EditorLine().IsMatch(text.Trim()))
            return "furniture: editor line";
        if (Imprint().IsMatch(c) || text.Contains('@'))
            return "furniture: imprint";
        if (BriefColumn().IsMatch(c))
            return BriefColumnReason;
        // A running head set as one line: paper name, date, weekday, page number side by side.
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length >= 2 && tokens.Length <= 8 && tokens.All(t => ReasonFor(t, pageNames) is not null || Weekday().IsMatch(t)))
            return "furniture: running head";
        return null;
    }

    private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    [GeneratedRegex(@"^第[0-9０-９]{1,3}版(?<name>[\p{IsCJKUnifiedIdeographs}·、]{0,8})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}·]{2,8}$")]
    private static partial Regex PageName();

    [GeneratedRegex(@"^[0-9０-９]{1,2}[\p{IsCJKUnifiedIdeographs}]{2,4}$")]
    private static partial Regex NumberedPageName();

    [GeneratedRegex(@"^(要闻|综合|综合新闻|经济|财经|评论|文化|文体|体育|国际|国内|社会|时政|城事|民生|副刊|理论|视点|专版|专题|乡村振兴|三农|科教|教育|科技|健康|法治|旅游|城建|区县|县区|[\p{IsCJKUnifiedIdeographs}]{2,4}新闻)$")]
    private static partial Regex CommonPageName();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,6}(日报|晚报|晨报|早报|商报|时报|都市报|快报|周报|青年报|农民报|法治报|法制报)$")]
    private static partial Regex PaperName();

    [GeneratedRegex(@"^[A-Z][A-Z .&'\-]{3,40}$")]
    private static partial Regex EnglishName();

    [GeneratedRegex(@"^(19|20)\d{2}年\d{1,2}月\d{1,2}日(星期[一二三四五六日天]|周[一二三四五六日])?$")]
    private static partial Regex MastheadDate();

    [GeneratedRegex(@"^(星期[一二三四五六日天]|周[一二三四五六日])$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^农历[\p{IsCJKUnifiedIdeographs}]{2,12}$")]
    private static partial Regex Lunar();

    [GeneratedRegex(@"^(今日\d+版|(总)?第\d+期|.{0,12}机关报|国内统一连续出版物号.*|CN\d{2}-\d{4}.*|邮发代号.*|国际标准连续出版物号.*)$")]
    private static partial Regex IssueInfo();

    [GeneratedRegex(@"^(责任编辑|本版编辑|本版责编|本版主编|责编|编辑|美编|美术编辑|版式|版式设计|版面设计|校对|审读|审校|终审|组版|值班编辑|值班主任|制图|主编)(\s+|\s*[:：]\s*)\S{1,4}(\s+\S{1,4})*$")]
    private static partial Regex EditorLine();

    [GeneratedRegex(@"^(.{2,12}社出版|(社址|地址|邮编|邮政编码|广告热线|广告许可证|订阅热线|发行热线|新闻热线|印刷|定价|零售价|电话|传真)[:：]?.*)$")]
    private static partial Regex Imprint();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{0,4}(简讯|简报|快讯|短讯|速递|速览|集锦|动态)$")]
    private static partial Regex BriefColumn();

    [GeneratedRegex(@"^[▶►▸>]{1,3}\s*")]
    private static partial Regex Pointer();
}
