using System.Text;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// CSS rules that write the labels repeated on every row of a list (an article's kind, "第3版 / Page 3") from
/// theme/i18n.json, appended to assets/css/site.css. A row then carries <c>&lt;span class="badge badge-news"&gt;</c> and
/// <c>&lt;span class="pg"&gt;3&lt;/span&gt;</c> instead of both languages' words in markup: 150 bytes a row, about 17 MB at
/// 10,000 articles (issue 22). The labels still follow the language switch (the <c>ui-en</c> class), and screen
/// readers read generated content as text.
/// </summary>
public sealed class LabelStyles
{
    public const string StyleSheet = "assets/css/site.css";

    /// <summary>
    /// Labels that templates write as <c>c.KEY</c>: an empty span, its words from CSS. Only labels that are not a
    /// heading's, a link's or a button's whole name (their name must stay in the markup, which axe-core and every screen
    /// reader read): a byline's role, the keywords' label, "next article" beside the title it links, the gloss's
    /// provenance and the colophon. About 600 bytes an article page (issue 22).
    /// </summary>
    public static readonly IReadOnlyList<string> FromCss =
    [
        "reporter_label", "photographer_label", "keywords_label", "next_article", "previous_article",
        "english_gloss", "english_service", "english_librarian", "site_title",
    ];

    /// <summary>The markup of a label of <see cref="FromCss"/>.</summary>
    public static string Span(string key) => $"<span class=c-{key}></span>"; // keys are [a-z_]: no quotes needed

    /// <summary>The rules for these labels: each kind_X (without _about) and page_n ("第{n}版").</summary>
    public static string Of(IReadOnlyDictionary<string, LabelView> labels)
    {
        var css = new StringBuilder("\n/* ---- Row labels, written by the build from theme/i18n.json (Rendering/LabelStyles.cs) ---- */\n");
        foreach (var (key, label) in labels.Where(kv => kv.Key.StartsWith("kind_", StringComparison.Ordinal) && !kv.Key.EndsWith("_about", StringComparison.Ordinal))
                     .OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var kind = key["kind_".Length..];
            if (!kind.All(char.IsAsciiLetterOrDigit))
                continue;
            css.Append(".badge-").Append(kind).Append(":empty::before { content: ").Append(Quoted(label.Zh)).Append("; }\n");
            css.Append(".ui-en .badge-").Append(kind).Append(":empty::before { content: ").Append(Quoted(label.En)).Append("; }\n");
        }
        foreach (var key in FromCss)
        {
            if (!labels.TryGetValue(key, out var label))
                continue;
            css.Append(".c-").Append(key).Append("::before { content: ").Append(Quoted(label.Zh)).Append("; }\n");
            css.Append(".ui-en .c-").Append(key).Append("::before { content: ").Append(Quoted(label.En)).Append("; }\n");
        }
        if (labels.TryGetValue("page_n", out var page))
        {
            var (zhBefore, zhAfter) = Around(page.Zh);
            var (enBefore, enAfter) = Around(page.En);
            css.Append(".pg::before { content: ").Append(Quoted(zhBefore)).Append("; } .pg::after { content: ").Append(Quoted(zhAfter)).Append("; }\n");
            css.Append(".ui-en .pg::before { content: ").Append(Quoted(enBefore)).Append("; } .ui-en .pg::after { content: ").Append(Quoted(enAfter)).Append("; }\n");
        }
        return css.ToString();
    }

    private static (string Before, string After) Around(string text)
    {
        var at = text.IndexOf("{n}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }

    /// <summary>A CSS string: quotes and backslashes escaped, line breaks and other controls as hex escapes.</summary>
    internal static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
                quoted.Append('\\').Append(c);
            else if (char.IsControl(c) || c is '<' or '>')
                quoted.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            else
                quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
