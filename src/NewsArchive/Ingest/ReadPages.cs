using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Ingest;

/// <summary>
/// Reads every page file under the input folder: input/PAPER/YYYY-MM-DD/NN[-name].txt, with optional
/// paper.yml, issue.yml and per-page NN.yml sidecars. A file that cannot be read is reported and skipped;
/// the rest of the archive still builds.
/// </summary>
public sealed partial class ReadPages
{
    public const string StageName = "read";

    public IReadOnlyList<PageSource> Run(string inputDirectory, BuildReport report)
    {
        if (!Directory.Exists(inputDirectory))
        {
            report.Error(StageName, null, $"input folder '{inputDirectory}' does not exist");
            return [];
        }

        var pages = new List<PageSource>();
        foreach (var paperDir in VisibleDirectories(inputDirectory))
        {
            var paper = ReadPaper(inputDirectory, paperDir, report);
            foreach (var file in VisibleFiles(paperDir, recursive: true))
            {
                var page = ReadPage(inputDirectory, paper, file, report);
                if (page is not null)
                    pages.Add(page);
            }
        }
        foreach (var stray in VisibleFiles(inputDirectory, recursive: false).Where(IsPageText))
            report.Error(StageName, Relative(inputDirectory, stray), "page files belong in a paper folder: input/PAPER/YYYY-MM-DD/NN.txt");

        return NumberUnnumberedPages(pages, report);
    }

    private static Paper ReadPaper(string input, string paperDir, BuildReport report)
    {
        var slug = Path.GetFileName(paperDir);
        var yamlPath = Path.Combine(paperDir, "paper.yml");
        var yaml = Sidecars.Read<PaperYaml>(yamlPath, Relative(input, yamlPath), report);
        if (yaml?.NameZh is null || yaml.NameEn is null)
            report.Warn(StageName, Relative(input, yamlPath),
                $"paper names missing: write name_zh and name_en in {slug}/paper.yml; using '{slug}' meanwhile");
        return new Paper(slug, yaml?.NameZh ?? slug, yaml?.NameEn ?? slug);
    }

    private static PageSource? ReadPage(string input, Paper paper, string file, BuildReport report)
    {
        var relative = Relative(input, file);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!IsPageText(file))
        {
            if (extension is not (".yml" or ".yaml" or ".md" or ".json" or ".jsonl"))
                report.Warn(StageName, relative, "ignored: not a page text file (.txt); for a PDF page, run pdftotext on it and drop the .txt here");
            return null;
        }

        var decoded = TextDecoder.Decode(File.ReadAllBytes(file));
        if (decoded.Text is null)
        {
            report.Error(StageName, relative, $"cannot read page: {decoded.Error}");
            return null;
        }
        var text = decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            report.Error(StageName, relative, "the page has no text (was the PDF page an image? run OCR first)");
            return null;
        }
        if (decoded.Encoding is not ("UTF-8" or "UTF-8 with BOM"))
            report.Info(StageName, relative, $"read as {decoded.Encoding}");

        var stem = Path.GetFileNameWithoutExtension(file);
        var sidecarPath = Path.ChangeExtension(file, ".yml");
        var sidecar = Sidecars.Read<PageYaml>(sidecarPath, Relative(input, sidecarPath), report);
        var issueYamlPath = Path.Combine(Path.GetDirectoryName(file)!, "issue.yml");
        var issue = Sidecars.Read<IssueYaml>(issueYamlPath, Relative(input, issueYamlPath), report);

        var date = ResolveDate(relative, text, sidecar?.Date ?? issue?.Date, Path.GetFileName(Path.GetDirectoryName(file)!), report);
        if (date is null)
            return null;

        var correctionsPath = Path.Combine(Path.GetDirectoryName(file)!, stem + ".corrections.yml");
        return new PageSource
        {
            File = relative,
            Paper = paper,
            Date = date.Value,
            Number = sidecar?.Page ?? NumberFromName(stem) ?? NumberFromText(text) ?? 0,
            Name = sidecar?.Name ?? NameFromFileName(stem),
            Text = text,
            Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            CorrectionsFile = File.Exists(correctionsPath) ? correctionsPath : null,
        };
    }

    private static DateOnly? ResolveDate(string relative, string text, string? declared, string folder, BuildReport report)
    {
        if (declared is not null)
        {
            if (DateOnly.TryParseExact(declared, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            report.Error(StageName, relative, $"date '{declared}' in the sidecar is not YYYY-MM-DD");
            return null;
        }
        if (DateOnly.TryParseExact(folder, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromFolder))
            return fromFolder;

        var masthead = MastheadDate().Match(text);
        if (masthead.Success && DateOnly.TryParse(
                $"{masthead.Groups[1].Value}-{masthead.Groups[2].Value}-{masthead.Groups[3].Value}",
                CultureInfo.InvariantCulture, out var printed))
        {
            report.Warn(StageName, relative, $"issue date {printed:yyyy-MM-dd} taken from the date printed on the page; put the page in a YYYY-MM-DD folder to make it explicit");
            return printed;
        }
        report.Error(StageName, relative, "no issue date: the folder is not named YYYY-MM-DD, no sidecar gives a date, and the page prints none");
        return null;
    }

    // Pages whose number neither the file name, a sidecar nor the text gives are put after the known ones, in file order.
    private static IReadOnlyList<PageSource> NumberUnnumberedPages(List<PageSource> pages, BuildReport report)
    {
        var result = new List<PageSource>(pages.Count);
        foreach (var issue in pages.GroupBy(p => (p.Paper.Slug, p.Date)))
        {
            var next = issue.Select(p => p.Number).DefaultIfEmpty(0).Max() + 1;
            var seen = new HashSet<int>();
            foreach (var page in issue.OrderBy(p => p.File, StringComparer.Ordinal))
            {
                var numbered = page;
                if (page.Number <= 0 || !seen.Add(page.Number))
                {
                    numbered = page with { Number = next++ };
                    report.Warn(StageName, page.File, page.Number <= 0
                        ? $"no page number in the file name, sidecar or text; numbered {numbered.Number}"
                        : $"page number {page.Number} is used twice in this issue; numbered this one {numbered.Number}");
                    seen.Add(numbered.Number);
                }
                result.Add(numbered);
            }
        }
        return [.. result.OrderBy(p => p.Paper.Slug, StringComparer.Ordinal).ThenBy(p => p.Date).ThenBy(p => p.Number)];
    }

    private static int? NumberFromName(string stem)
    {
        var m = Digits().Match(stem);
        return m.Success && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static int? NumberFromText(string text)
    {
        var m = PrintedPageNumber().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    // "03-要闻" -> "要闻"; "page-03" -> none.
    private static string? NameFromFileName(string stem)
    {
        var m = NamedPage().Match(stem);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static bool IsPageText(string file) => Path.GetExtension(file).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> VisibleDirectories(string dir) =>
        Directory.EnumerateDirectories(dir)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && !Path.GetFileName(d).StartsWith('_'))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> VisibleFiles(string dir, bool recursive)
    {
        var files = Directory.EnumerateFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal);
        return recursive ? files.Concat(VisibleDirectories(dir).SelectMany(d => VisibleFiles(d, true))) : files;
    }

    internal static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]")]
    private static partial Regex MastheadDate();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"第\s*(\d{1,2})\s*版")]
    private static partial Regex PrintedPageNumber();

    [GeneratedRegex(@"^\D*\d+[-_ ](\p{L}[\p{L}\p{N}]*)$")]
    private static partial Regex NamedPage();
}
