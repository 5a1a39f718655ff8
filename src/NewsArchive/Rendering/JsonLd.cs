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
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Written straight to a buffer: every article page's key includes it, and serializing dictionaries was a fifth of a rebuild's planning.</summary>
    public static string NewsArticle(Article article, string? absoluteUrl)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", article.DisplayTitle);
            if (article.Item.Subtitle is { } subtitle)
                json.WriteString("alternativeHeadline", subtitle);
            if (article.Enrichment?.TitleEn is { } titleEn)
                json.WriteString("alternateName", titleEn);
            json.WriteString("datePublished", DateText.Iso(article.Date));
            // No inLanguage (the page's lang says it) and no printEdition (the publisher's name again): issue 22.
            json.WriteString("printPage", article.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (article.PageName is { } section)
                json.WriteString("printSection", section);
            if (article.Item.Reporters.Count > 0)
                People(json, "author", article.Item.Reporters);
            if (article.Item.Photographers.Count > 0)
                People(json, "contributor", article.Item.Photographers);
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", article.Paper.NameZh);
            json.WriteString("alternateName", article.Paper.NameEn);
            json.WriteEndObject();
            // No description (the page's meta description carries the summary) and no keywords (the page links each one):
            // JSON-LD repeats only what names the article. site.js makes the English citation from these fields.
            if (absoluteUrl is not null)
            {
                json.WriteString("url", absoluteUrl);
                json.WriteString("mainEntityOfPage", absoluteUrl);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void People(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
