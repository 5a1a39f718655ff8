using System.Text.RegularExpressions;
using NewsArchive.Model;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// Turns printed jump notes (（下转第4版）, （上接第1版）) into links within the issue: to the article on the other
/// page whose own note points back at this page when there is exactly one, else to the other page,
/// else (the page is not in the archive) no link at all.
/// </summary>
public sealed partial class ContinuationLinks
{
    private readonly Dictionary<int, string> _pageUrls;
    private readonly Dictionary<(int Page, int PointsTo), List<Article>> _byNote = [];

    public ContinuationLinks(Issue issue)
    {
        _pageUrls = issue.Pages.GroupBy(p => p.Number).ToDictionary(g => g.Key, g => "/" + g.First().Url);
        foreach (var article in issue.Articles)
            foreach (var note in article.Item.Continuations)
                if (PageOf(note) is int target)
                {
                    var key = (article.PageNumber, target);
                    if (!_byNote.TryGetValue(key, out var list))
                        _byNote[key] = list = [];
                    list.Add(article);
                }
    }

    public IReadOnlyList<ContinuationView> For(Article article) => [.. article.Item.Continuations.Select(note =>
    {
        if (PageOf(note) is not int target || !_pageUrls.TryGetValue(target, out var pageUrl))
            return new ContinuationView(note, null, PageOf(note));
        var partner = _byNote.TryGetValue((target, article.PageNumber), out var list) && list.Count == 1 ? list[0] : null;
        return new ContinuationView(note, partner is null ? pageUrl : "/" + partner.Url, target);
    })];

    /// <summary>The page number a jump note names, in Arabic, full-width or Chinese numerals.</summary>
    public static int? PageOf(string note)
    {
        var m = PageNote().Match(note);
        if (!m.Success)
            return null;
        var digits = m.Groups[1].Value;
        if (digits.All(c => c is >= '0' and <= '9' or >= '０' and <= '９'))
            return int.Parse(string.Concat(digits.Select(c => c >= '０' ? (char)(c - '０' + '0') : c)), System.Globalization.CultureInfo.InvariantCulture);
        return ChineseNumber(digits);
    }

    private static int? ChineseNumber(string s)
    {
        const string units = "零一二三四五六七八九";
        var ten = s.IndexOf('十');
        if (ten < 0)
            return s.Length == 1 ? units.IndexOf(s[0]) : null;
        var tens = ten == 0 ? 1 : units.IndexOf(s[0]);
        var ones = ten == s.Length - 1 ? 0 : units.IndexOf(s[^1]);
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }

    [GeneratedRegex(@"第\s*([0-9０-９零一二三四五六七八九十]{1,3})\s*版")]
    private static partial Regex PageNote();
}
