using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsArchive.Model;

namespace NewsArchive.Rendering;

/// <summary>
/// The librarian's review page in the site's back room (review/index.html): every page the segmentation was unsure
/// of, with a link to the page, the articles in doubt and why, and the corrections.yml snippet that gives the other
/// reading. Not linked from the reader's navigation, kept out of the sitemap and of search engines (noindex); written
/// even when empty, so a stale list never survives a build that settled every page.
/// </summary>
public static class ReviewPage
{
    public const string Path = "review/index.html";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static SiteFile Render(Archive archive)
    {
        var pages = archive.Issues.SelectMany(i => i.Pages).Where(p => p.Doubtful is not null)
            .OrderBy(p => p.Source.File, StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>Segmentation review</title>\n</head>\n<body>\n<h1>Pages the segmentation is unsure of</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{pages.Count} page(s). Write the snippet (edited to the truth) into the page's <code>NAME.corrections.yml</code> next to its text, then rebuild.</p>\n");
        foreach (var page in pages)
        {
            var confidence = page.Doubtful!;
            html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2><a href=\"../{Html.Encode(page.Url)}\">{Html.Encode(page.Paper.Slug)} {page.Date:yyyy-MM-dd} page {page.Number}</a></h2>\n")
                .Append(CultureInfo.InvariantCulture, $"<p>Text: <code>{Html.Encode(page.Source.File)}</code>; margin {confidence.Margin.ToString("0.###", CultureInfo.InvariantCulture)}</p>\n<ul>\n");
            foreach (var doubt in confidence.Doubts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>article {doubt.Item}: {Html.Encode(doubt.Reason)}\n<pre>{Html.Encode(doubt.Correction)}</pre></li>\n");
            }
            html.Append("</ul>\n</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return new SiteFile(Path, Encoding.UTF8.GetBytes(html.ToString()));
    }
}
