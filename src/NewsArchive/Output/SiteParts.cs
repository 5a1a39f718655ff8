using System.Text.RegularExpressions;

namespace NewsArchive.Output;

/// <summary>
/// The parts a site's weight is told in (issue 22: a site must fit where readers read it), by a file's path in the site.
/// scripts/site_weight.py keeps the same rules, so its table and the build report agree.
/// </summary>
public static partial class SiteParts
{
    public const string Articles = "articles";
    public const string Pages = "pages";
    public const string Reporters = "reporters";
    public const string Keywords = "keywords";
    public const string Photographers = "photographers";
    public const string Kinds = "kinds";
    public const string Search = "search";
    public const string Assets = "assets";
    public const string PageImages = "page-images";
    public const string Other = "other";

    /// <summary>Every part, in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> All = [Articles, Pages, Reporters, Keywords, Photographers, Kinds, Search, Assets, PageImages, Other];

    /// <summary>What a librarian reads for each part.</summary>
    public static string Describe(string part) => part switch
    {
        Articles => "article pages",
        Pages => "printed page, issue, paper and calendar pages",
        Reporters => "reporter listings",
        Keywords => "keyword listings",
        Photographers => "photographer listings",
        Kinds => "kind listings",
        Search => "search export",
        Assets => "shared assets",
        PageImages => "page images",
        _ => "home, dates, stats, feeds, sitemaps",
    };

    public static string Of(string path)
    {
        if (ArticlePath().IsMatch(path))
            return Articles;
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? "" : path[..slash];
        if (first is Reporters or Keywords or Photographers or Kinds or Search or Assets)
            return first;
        if (ImagePath().IsMatch(path))
            return PageImages;
        if (DatedPath().IsMatch(path) || PaperHome().IsMatch(path))
            return Pages;
        return Other;
    }

    [GeneratedRegex(@"^[^/]+/\d{4}/\d{2}/\d{2}/\d{2}/\d+\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePath();

    [GeneratedRegex(@"\.(png|jpe?g|webp|avif|gif)$", RegexOptions.CultureInvariant)]
    private static partial Regex ImagePath();

    [GeneratedRegex(@"^[^/]+/\d{4}(/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DatedPath();

    [GeneratedRegex(@"^[^/]+/index\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex PaperHome();
}
