using AngleSharp.Html.Parser;
using NewsArchive.PostProcessing;

namespace NewsArchive.Tests.PostProcessing;

/// <summary>
/// The post-process step as it was before the streaming rewriter: parse the page into AngleSharp's DOM, rewrite the
/// site-root links, serialize. Kept as the oracle the streaming rewriter is checked (and benchmarked) against.
/// </summary>
public static class DomLinkRewrite
{
    private static readonly string[] LinkAttributes = ["href", "src", "action", "data-root"];
    // As the build did: one parser per thread (AngleSharp's parser is not documented thread-safe).
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>The rewritten document (its root element's HTML) and the site paths it links to.</summary>
    public static (string Html, SortedSet<string> Links) Run(string path, string html)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var document = Parser.Value!.ParseDocument(html);
        foreach (var attribute in LinkAttributes)
        {
            foreach (var element in document.QuerySelectorAll($"[{attribute}]"))
            {
                var value = element.GetAttribute(attribute)!;
                if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
                    continue;
                var cut = value.IndexOfAny(['#', '?']);
                var (target, fragment) = cut < 0 ? (value, "") : (value[..cut], value[cut..]);
                if (target.EndsWith('/'))
                    target += "index.html";
                if (attribute != "data-root")
                    found.Add(target.TrimStart('/'));
                var way = attribute == "data-root" ? PostProcessHtml.Relative(path, target) : PostProcessHtml.Shortest(path.Split('/')[..^1], target.TrimStart('/'));
                element.SetAttribute(attribute, way + fragment);
            }
        }
        return (document.DocumentElement.OuterHtml, found);
    }

    /// <summary>How AngleSharp reads a page: its root element's HTML, for comparing two pages' documents.</summary>
    public static string Document(string html) => Parser.Value!.ParseDocument(html).DocumentElement.OuterHtml;
}
