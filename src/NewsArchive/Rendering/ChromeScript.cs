using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsArchive.Rendering;

/// <summary>
/// Writes the chrome every page shares (theme/layouts/chrome.liquid: language bar, search box, navigation, colophon) as
/// the opening of assets/js/site.js, which inserts it into each page that lacks it. Carried once, it is 2.7 KB less in
/// each of the archive's pages (issue 22); in site.js, not a file of its own, it costs a page no script tag. Links stay site-root ("/about.html"): site.js makes them relative to the page.
/// </summary>
public sealed class ChromeScript
{
    public const string Path = "assets/js/site.js";
    public const string Template = "chrome";
    private const string Cut = "<!--cut-->";

    // A script file, never inline in a page: JSON's own escapes (quotes, backslashes, controls) are all a string needs,
    // so markup and Chinese stay as they are, and the file is half as big as with every '<' as \u003C.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The template's indentation between tags: the chrome's lists and bars are flex boxes, where it shows nowhere.
    private static string Tight(string html) => Regex.Replace(html.Trim(), @">\s*\n\s*<", "><");

    /// <summary>
    /// The script for the rendered chrome layout: its bar, search box (empty without a search page), navigation and
    /// colophon, in that order.
    /// </summary>
    public static string Of(string rendered)
    {
        var parts = rendered.Split(Cut);
        if (parts.Length != 4)
            throw new InvalidDataException($"theme/layouts/{Template}.liquid: expected four parts cut by {Cut}, found {parts.Length}");
        var chrome = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["bar"] = Tight(parts[0]),
            ["search"] = Tight(parts[1]),
            ["nav"] = Tight(parts[2]),
            ["foot"] = Tight(parts[3]),
        };
        return "// Made by the build from theme/layouts/chrome.liquid.\nwindow.NewsArchiveChrome = "
            + JsonSerializer.Serialize(chrome, Json) + ";\n";
    }
}
