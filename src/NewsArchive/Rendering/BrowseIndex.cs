using NewsArchive.Model;

namespace NewsArchive.Rendering;

/// <summary>
/// The archive grouped every way the site can be browsed, built in one pass with dictionaries so the cost
/// grows with the number of articles, never with its square. Lists keep the archive's order: newest issue first.
/// </summary>
public sealed class BrowseIndex
{
    public BrowseIndex(Archive archive)
    {
        foreach (var article in archive.Articles)
        {
            foreach (var name in article.Item.Reporters.Distinct(StringComparer.Ordinal))
                Add(Reporters, name, article);
            foreach (var name in article.Item.Photographers.Distinct(StringComparer.Ordinal))
                Add(Photographers, name, article);
            foreach (var keyword in (article.Enrichment?.Keywords ?? []).Distinct(StringComparer.Ordinal))
                Add(Keywords, keyword, article);
            Add(Kinds, article.Item.Kind.ToString().ToLowerInvariant(), article);
            var month = (article.Date.Year, article.Date.Month);
            PerMonth[month] = PerMonth.GetValueOrDefault(month) + 1;
            PerPage[article.PageNumber] = PerPage.GetValueOrDefault(article.PageNumber) + 1;
            Count++;
        }
        foreach (var issue in archive.Issues)
        {
            if (!IssuesByPaper.TryGetValue(issue.Paper.Slug, out var list))
                IssuesByPaper[issue.Paper.Slug] = list = [];
            list.Add(issue);
        }
        foreach (var list in IssuesByPaper.Values)
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
        ReporterSlugs = new TermSlugs(Reporters.Keys);
        PhotographerSlugs = new TermSlugs(Photographers.Keys);
        KeywordSlugs = new TermSlugs(Keywords.Keys);
    }

    public int Count { get; }
    public Dictionary<string, List<Article>> Reporters { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<Article>> Photographers { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<Article>> Keywords { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<Article>> Kinds { get; } = new(StringComparer.Ordinal);
    public Dictionary<(int Year, int Month), int> PerMonth { get; } = [];
    public Dictionary<int, int> PerPage { get; } = [];

    /// <summary>Each paper's issues, oldest first.</summary>
    public Dictionary<string, List<Issue>> IssuesByPaper { get; } = new(StringComparer.Ordinal);
    public TermSlugs ReporterSlugs { get; }
    public TermSlugs PhotographerSlugs { get; }
    public TermSlugs KeywordSlugs { get; }

    public string ReporterUrl(string name) => $"/{SiteLayout.Reporters}/{ReporterSlugs[name]}.html";
    public string PhotographerUrl(string name) => $"/{SiteLayout.Photographers}/{PhotographerSlugs[name]}.html";
    /// <summary>
    /// A keyword (or a reporter's or photographer's name) gets its own listing page only when at least this many
    /// articles have it. Below that its link is a search, which lists the same one or two articles and the archive's
    /// others that mention it: at 10,000 generated articles a listing of two was a file in eight (issue 22).
    /// </summary>
    public const int MinSharedKeyword = 3;

    /// <summary>Without a search page there is nothing else to link to: a keyword of two articles keeps its listing.</summary>
    public static int MinListed(bool hasSearch) => hasSearch ? MinSharedKeyword : 2;

    /// <summary>The keywords that get a listing page: those shared by <see cref="MinListed"/> articles or more.</summary>
    public Dictionary<string, List<Article>> SharedKeywords(bool hasSearch) =>
        Keywords.Where(kv => kv.Value.Count >= MinListed(hasSearch)).ToDictionary(StringComparer.Ordinal);

    public string KeywordUrl(string keyword) => $"/{SiteLayout.Keywords}/{KeywordSlugs[keyword]}.html";
    public static string KindUrl(string kind) => $"/{SiteLayout.Kinds}/{kind}.html";

    /// <summary>Most articles first, then by name, so the order never depends on input order.</summary>
    public static IEnumerable<KeyValuePair<string, List<Article>>> ByCount(Dictionary<string, List<Article>> groups) =>
        groups.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal);

    private static void Add(Dictionary<string, List<Article>> groups, string key, Article article)
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(article);
    }
}
