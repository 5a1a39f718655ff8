using System.Globalization;
using NewsArchive.Model;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// A librarian's own English, in a sidecar beside the page: page-01.txt -> page-01.en.yml, one entry per article
/// position (as <c>segment FILE</c> numbers them). It always wins and nothing ever writes to it.
/// <code>
/// 3:
///   title_zh: 市政府召开常务会议   # optional: checked against the page, so a shifted position is caught
///   title: Municipal Government Holds Executive Meeting
///   summary: ...
/// </code>
/// A malformed sidecar is an error with its line and column; its page falls back to the next source.
/// </summary>
public static class LibrarianEnglish
{
    public const string Suffix = ".en.yml";

    public sealed record Entry(string? Title, string? Summary, string File);

    /// <summary>page-01.txt and page-01.pdf -> page-01.en.yml; page 3 of a PDF of many pages (issue.pdf#page=3) -> issue.p3.en.yml.</summary>
    public static string SidecarOf(string pageFile) =>
        pageFile[..(pageFile.LastIndexOf('/') + 1)] + Ingest.ReadPages.SidecarStem(pageFile) + Suffix;

    /// <summary>Entries by article id, for every page that has a sidecar.</summary>
    public static IReadOnlyDictionary<string, Entry> Load(string inputDirectory, IReadOnlyList<PrintedPage> pages, BuildReport report)
    {
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var relative = SidecarOf(page.Source.File);
            var path = Path.Combine(inputDirectory, relative);
            if (!File.Exists(path))
                continue;
            foreach (var (position, line, entry, titleZh) in Read(path, relative, report))
            {
                var article = page.Articles.FirstOrDefault(a => a.Position == position);
                if (article is null)
                {
                    report.Warn(EnrichArticles.StageName, relative, $"no article {position} on this page (it has {page.Articles.Count}); entry ignored", line);
                    continue;
                }
                if (titleZh is not null && Normalize(titleZh) != Normalize(article.Item.Title ?? ""))
                {
                    report.Warn(EnrichArticles.StageName, relative,
                        $"entry {position} is for '{titleZh}' but article {position} is now '{article.DisplayTitle}' (did segmentation change?); entry ignored", line);
                    continue;
                }
                result[article.Id] = entry;
            }
        }
        return result;
    }

    private static IEnumerable<(int Position, int Line, Entry Entry, string? TitleZh)> Read(string path, string relative, BuildReport report)
    {
        YamlStream yaml;
        // The input folder is the path's part before its relative name.
        var (text, unread) = Ingest.InputFiles.ReadText(path, path[..^relative.Length], Ingest.InputFiles.MaxSidecarBytes);
        if (text is null)
        {
            report.Error(EnrichArticles.StageName, relative, $"{unread}; this page's English comes from the next source");
            yield break;
        }
        try
        {
            yaml = Ingest.SidecarYaml.Load(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            report.Error(EnrichArticles.StageName, relative,
                $"cannot read YAML at line {e.Start.Line}, column {e.Start.Column}: {Reason(e)}; this page's English comes from the next source", (int)e.Start.Line, (int)e.Start.Column);
            yield break;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.Error(EnrichArticles.StageName, relative, $"cannot read the file: {e.Message}; this page's English comes from the next source");
            yield break;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            yield break;
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = yaml.Documents[0].RootNode;
            report.Error(EnrichArticles.StageName, relative,
                $"expected article positions as keys (1:, 2: ...) at line {node.Start.Line}, column {node.Start.Column}", (int)node.Start.Line);
            yield break;
        }
        foreach (var (key, value) in root.Children)
        {
            var line = (int)key.Start.Line;
            if (key is not YamlScalarNode { Value: { } k } || !int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
            {
                report.Error(EnrichArticles.StageName, relative, $"'{(key as YamlScalarNode)?.Value}' at line {line}, column {key.Start.Column} is not an article position (1, 2, ...)", line);
                continue;
            }
            if (value is not YamlMappingNode fields)
            {
                report.Error(EnrichArticles.StageName, relative, $"entry {position} at line {line}, column {value.Start.Column} must hold title: and summary:", line);
                continue;
            }
            string? Field(string name) =>
                fields.Children.TryGetValue(new YamlScalarNode(name), out var v) && v is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
            var title = Field("title");
            var summary = Field("summary");
            if (title is null && summary is null)
            {
                report.Warn(EnrichArticles.StageName, relative, $"entry {position} has neither title nor summary", line);
                continue;
            }
            yield return (position, line, new Entry(title, summary, relative), Field("title_zh"));
        }
    }

    // YamlDotNet's message repeats the position; the part after it is the reason.
    private static string Reason(YamlDotNet.Core.YamlException e)
    {
        var message = e.Message;
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
