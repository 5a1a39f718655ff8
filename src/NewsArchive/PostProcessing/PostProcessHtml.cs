using System.Collections.Concurrent;
using NewsArchive.Output;

namespace NewsArchive.PostProcessing;

/// <summary>
/// Makes every site-root link ("/paper/...") relative to the page it sits on, so the same files work under a
/// GitHub Pages project path and from file:// with no server; folder links get index.html for file://.
/// Remembers every internal link so the build can prove none is broken.
/// </summary>
public sealed class PostProcessHtml
{
    public const string StageName = "postprocess";

    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    /// <summary>Internal link target (site-root path) -> the first page, in ordinal order, that links to it.</summary>
    public IReadOnlyDictionary<string, string> Links => _links;

    /// <summary>Post-processes one file and remembers which site paths it links to, for the link check. Thread-safe.</summary>
    public SiteFile Run(SiteFile file)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (!file.IsHtml)
            return file;
        // A streaming pass over the bytes, not a parsed DOM: the page comes out byte for byte as rendered except the
        // rewritten values, at a twentieth of the cost of parsing and serializing a document.
        var up = Up(file.Path);
        var folders = file.Path.Split('/')[..^1];
        var content = StreamingLinkRewriter.Run(file.Content, (attribute, value) =>
        {
            if (!IsSiteRoot(value))
                return null;
            var cut = value.AsSpan().IndexOfAny('#', '?');
            var path = cut < 0 ? value : value[..cut];
            // Site-root path without its '/', folders ending in index.html for file://.
            var target = path.EndsWith('/') ? string.Concat(path.AsSpan(1), "index.html") : path[1..];
            if (attribute == "data-root")
                return cut < 0 ? up + target : string.Concat(up, target, value.AsSpan(cut));
            found.Add(target);
            var way = Shortest(folders, target);
            return cut < 0 ? way : string.Concat(way, value.AsSpan(cut));
        });
        AddLinks(file.Path, found);
        return ReferenceEquals(content, file.Content) ? file : file with { Content = content };
    }

    private void AddLinks(string fromPath, IEnumerable<string> targets)
    {
        // Pages are processed in parallel: keep the ordinally first linking page, whatever the timing.
        foreach (var target in targets)
            _links.AddOrUpdate(target, fromPath, (_, old) => string.CompareOrdinal(fromPath, old) < 0 ? fromPath : old);
    }

    /// <summary>Reports every internal link whose target the build did not produce.</summary>
    public void CheckLinks(ISet<string> produced, BuildReport report)
    {
        foreach (var (target, from) in _links.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (!produced.Contains(target))
                report.Error(StageName, null, $"broken link in {from}: /{target}");
    }

    private static bool IsSiteRoot(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The path from the folder of <paramref name="fromFile"/> to the site-root path <paramref name="target"/>.</summary>
    internal static string Relative(string fromFile, string target)
    {
        var up = Up(fromFile);
        var rest = target.TrimStart('/');
        return rest.Length == 0 ? up : up + rest;
    }

    /// <summary>
    /// The shortest relative way from a page in <paramref name="folders"/> to the site path <paramref name="target"/>:
    /// up only to the folder both share ("../index.html" from an article to its page, not five "../" and the whole
    /// path). An article page links some forty times; the full way up was about half a KB of it (issue 22).
    /// </summary>
    internal static string Shortest(string[] folders, string target)
    {
        var parts = target.Split('/');
        var common = 0;
        while (common < folders.Length && common < parts.Length - 1 && string.Equals(folders[common], parts[common], StringComparison.Ordinal))
            common++;
        var way = new System.Text.StringBuilder();
        for (var i = common; i < folders.Length; i++)
            way.Append("../");
        way.AppendJoin('/', parts[common..]);
        // A way that opens with a name holding ':' would read as a URL scheme ("r:name.html"): start it with "./".
        if (common == folders.Length && parts[common].Contains(':', StringComparison.Ordinal))
            way.Insert(0, "./");
        return way.Length == 0 ? "./" : way.ToString();
    }

    /// <summary>The way from the folder of <paramref name="fromFile"/> up to the site root: "./" or "../../".</summary>
    private static string Up(string fromFile)
    {
        var depth = fromFile.AsSpan().Count('/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }
}
