using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NewsArchive.Model;

namespace NewsArchive.Rendering;

/// <summary>
/// schema.org NewsArticle for an article page. The JavaScript encoder escapes &lt;, &gt;, &amp; and quotes whatever
/// ranges it allows, so archived text containing &lt;/script&gt; cannot end the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string NewsArticle(Article article, string? absoluteUrl)
    {
        var people = (IEnumerable<string> names) => names.Select(n => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = n }).ToList();
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.DisplayTitle,
        };
        if (article.Item.Subtitle is { } subtitle)
            data["alternativeHeadline"] = subtitle;
        if (article.Enrichment?.TitleEn is { } titleEn)
            data["alternateName"] = titleEn;
        data["datePublished"] = DateText.Iso(article.Date);
        data["inLanguage"] = "zh-Hans";
        data["printEdition"] = article.Paper.NameZh;
        data["printPage"] = article.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (article.PageName is { } section)
            data["printSection"] = section;
        if (article.Item.Reporters.Count > 0)
            data["author"] = people(article.Item.Reporters);
        if (article.Item.Photographers.Count > 0)
            data["contributor"] = people(article.Item.Photographers);
        data["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = article.Paper.NameZh, ["alternateName"] = article.Paper.NameEn };
        if (article.Enrichment?.SummaryZh is { Length: > 0 } summary)
            data["description"] = summary;
        if (article.Enrichment?.Keywords is { Count: > 0 } keywords)
            data["keywords"] = keywords;
        if (absoluteUrl is not null)
        {
            data["url"] = absoluteUrl;
            data["mainEntityOfPage"] = absoluteUrl;
        }
        return JsonSerializer.Serialize(data, Options);
    }
}
