using NewsArchive.Model;

namespace NewsArchive.Rendering;

/// <summary>
/// The citation line of an article: in Chinese after GB/T 7714 for newspapers (作者. 题名[N]. 报名, 日期(版次).),
/// in English in the usual author-title-paper-date-page order. The permalink is added when the site has a base URL.
/// Pages carry the Chinese one; site.js makes the English one in the same form from the page's JSON-LD.
/// </summary>
public static class Citation
{
    public static string Zh(Article a, string? permalink)
    {
        var authors = a.Item.Reporters.Count > 0 ? string.Join(", ", a.Item.Reporters) + ". " : "";
        var url = permalink is null ? "" : " " + permalink;
        return $"{authors}{a.DisplayTitle}[N]. {a.Paper.NameZh}, {DateText.Iso(a.Date)}({a.PageNumber:00}).{url}";
    }

    public static string En(Article a, string? permalink)
    {
        var authors = a.Item.Reporters.Count > 0 ? string.Join(", ", a.Item.Reporters) + ". " : "";
        var title = a.Enrichment?.TitleEn is { Length: > 0 } en ? $"“{a.DisplayTitle}” [{en}]" : $"“{a.DisplayTitle}”";
        var url = permalink is null ? "" : " " + permalink;
        return $"{authors}{title}. {a.Paper.NameEn}, {DateText.ShortEn(a.Date)}, p. {a.PageNumber}.{url}";
    }
}
