using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Ingest;

/// <summary>A page's number and name: from its file name, sidecar or printed folio; two files claiming one page resolved.</summary>
internal static partial class PageNumbers
{
    /// <summary>
    /// Two files claiming one page of one issue is an error naming both; the file whose path sorts first is kept,
    /// so the outcome never depends on the order the disk lists them. Pages with no number go after the known ones.
    /// </summary>
    public static IReadOnlyList<PageSource> Resolve(List<PageSource> pages, BuildReport report)
    {
        var result = new List<PageSource>(pages.Count);
        foreach (var issue in pages.GroupBy(p => (p.Paper.Slug, p.Date)))
        {
            var ordered = issue.OrderBy(p => p.File, StringComparer.Ordinal).ToList();
            var byNumber = new Dictionary<int, PageSource>();
            var kept = new List<PageSource>(ordered.Count);
            // A PDF of a page wins over a text file of it: it carries the page's layout, which the text has lost.
            foreach (var page in ordered.Where(p => p.Number > 0).OrderBy(p => p.Pdf is null ? 1 : 0))
            {
                if (byNumber.TryGetValue(page.Number, out var first) && first.Pdf is not null && page.Pdf is null)
                {
                    report.Info(ReadPages.StageName, page.File,
                        $"{first.File} and {page.File} are both page {page.Number} of {page.Paper.Slug} {page.Date:yyyy-MM-dd}; the PDF is read and the text file is not");
                    continue;
                }
                if (first is not null)
                {
                    report.Error(ReadPages.StageName, page.File,
                        string.Create(CultureInfo.InvariantCulture, $"{first.File} and {page.File} both claim page {page.Number} of {page.Paper.Slug} {page.Date:yyyy-MM-dd}; {first.File} is kept and {page.File} skipped: fix the page number in a file name or sidecar"));
                    continue;
                }
                byNumber[page.Number] = page;
                kept.Add(page);
            }
            var next = byNumber.Keys.DefaultIfEmpty(0).Max() + 1;
            foreach (var page in ordered.Where(p => p.Number <= 0))
            {
                var numbered = page with { Number = next++ };
                report.Warn(ReadPages.StageName, page.File, $"no page number in the file name, sidecar or text; numbered {numbered.Number}");
                kept.Add(numbered);
            }
            var byText = new Dictionary<string, PageSource>(StringComparer.Ordinal);
            foreach (var page in kept.OrderBy(p => p.File, StringComparer.Ordinal))
                if (!byText.TryAdd(page.Hash, page))
                    report.Warn(ReadPages.StageName, page.File, $"same text as {byText[page.Hash].File}: is one of them a copy?");
            result.AddRange(kept);
        }
        return [.. result.OrderBy(p => p.Paper.Slug, StringComparer.Ordinal).ThenBy(p => p.Date).ThenBy(p => p.Number)];
    }

    public const int MaxPageNumber = 999;

    // "page-01" -> 1; "A03-要闻" -> 3; "20230504-02" -> 2 (a leading date is not the page number).
    public static int? FromName(string stem)
    {
        var m = Digits().Match(stem);
        return m.Success && m.Value.Length <= 3 && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    public static int? FromText(string text)
    {
        var m = PrintedPageNumber().Match(text);
        return m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var n and > 0 ? n : null;
    }

    // "03-要闻" -> "要闻"; "page-03" -> none.
    public static string? NameFromFileName(string stem)
    {
        var m = NamedPage().Match(stem);
        return m.Success ? m.Groups[1].Value : null;
    }

    public static string WithoutLeadingDate(string stem) => LeadingDate().Replace(stem, "");

    [GeneratedRegex(@"^\D*?(?:19|20)\d{2}[-_.年]?\d{2}[-_.月]?\d{2}日?(?!\d)")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"第\s*(\d{1,3})\s*版")]
    private static partial Regex PrintedPageNumber();

    [GeneratedRegex(@"^\D*\d+[-_ ](\p{L}[\p{L}\p{N}]*)$")]
    private static partial Regex NamedPage();
}
