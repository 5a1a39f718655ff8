using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Output;

namespace NewsArchive.Rendering;

/// <summary>
/// The librarian's review page in the site's back room (review/index.html): every page the segmentation was unsure
/// of, most likely wrong first, with why in words, a link to the page and to a copy of its text, the articles in doubt
/// and the corrections.yml snippet that would fix each. Not linked from the reader's navigation, kept out of the
/// sitemap and of search engines (noindex); written even when empty, so a stale list never survives a build that
/// settled every page.
/// </summary>
public static class ReviewPage
{
    public const string Path = "review/index.html";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static SiteFile Render(Archive archive)
    {
        var pages = Doubtful(archive);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>Segmentation review</title>\n</head>\n<body>\n<h1>Pages the segmentation is unsure of</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{pages.Count} page(s), the most likely wrong first. For each, compare the articles with the page's text, ")
            .Append("write the snippet (edited to what the page prints) into the corrections file named, next to the page's file, then rebuild. ")
            .Append("A page with a corrections file is settled and no longer listed.</p>\n");
        foreach (var page in pages)
        {
            var confidence = page.Doubtful!;
            var corrections = CorrectionsFile(page.Source.File);
            html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{Html.Encode(page.Paper.Slug)} {page.Date:yyyy-MM-dd} page {page.Number}</h2>\n")
                .Append(CultureInfo.InvariantCulture, $"<p><a href=\"../{Html.Encode(page.Url)}\">the page as readers see it</a>")
                .Append(page.ReviewText is null ? "" : $" · <a href=\"{Html.Encode(TextPath(page)[("review/".Length)..])}\">the page's text</a>")
                .Append(CultureInfo.InvariantCulture, $" · file <code>{Html.Encode(page.Source.File)}</code> · corrections go in <code>{Html.Encode(corrections)}</code></p>\n")
                .Append(CultureInfo.InvariantCulture, $"<p>Chance the reading is wrong: {Math.Round(confidence.Risk * 100):0}%; closest other reading {confidence.Margin.ToString("0.###", CultureInfo.InvariantCulture)} behind.</p>\n<ul>\n");
            foreach (var reason in confidence.Reasons)
                html.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(reason)}</li>\n");
            html.Append("</ul>\n");
            if (confidence.Doubts.Count > 0)
                html.Append("<h3>Articles in doubt</h3>\n<ul>\n");
            foreach (var doubt in confidence.Doubts)
            {
                var title = doubt.Item >= 1 && doubt.Item <= page.Articles.Count ? page.Articles[doubt.Item - 1].Item.Title : null;
                html.Append(CultureInfo.InvariantCulture, $"<li>article {doubt.Item}{(title is null ? " (no title)" : $" 「{Html.Encode(title)}」")}: {Html.Encode(doubt.Reason)}\n<pre>{Html.Encode(doubt.Correction)}</pre></li>\n");
            }
            if (confidence.Doubts.Count > 0)
                html.Append("</ul>\n");
            html.Append("</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return new SiteFile(Path, Encoding.UTF8.GetBytes(html.ToString()));
    }

    /// <summary>A copy of each listed page's text beside the review page (UTF-8 with a byte-order mark, so a browser shows the Chinese).</summary>
    public static IEnumerable<SiteFile> Texts(Archive archive) =>
        Doubtful(archive).Where(p => p.ReviewText is not null)
            .Select(p => new SiteFile(TextPath(p), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(p.ReviewText!)]));

    private static List<PrintedPage> Doubtful(Archive archive) =>
        archive.Issues.SelectMany(i => i.Pages).Where(p => p.Doubtful is not null)
            .OrderByDescending(p => p.Doubtful!.Risk).ThenBy(p => p.Source.File, StringComparer.Ordinal).ToList();

    private static string TextPath(PrintedPage page) =>
        string.Create(CultureInfo.InvariantCulture, $"review/text/{page.Paper.Slug}/{page.Date:yyyy/MM/dd}/{page.Number:00}.txt");

    /// <summary>The corrections sidecar the build reads for this page, in the page's folder.</summary>
    private static string CorrectionsFile(string file)
    {
        var folder = file.LastIndexOf('/') is var slash and >= 0 ? file[..(slash + 1)] : "";
        return folder + ReadPages.SidecarStem(file) + ".corrections.yml";
    }
}
