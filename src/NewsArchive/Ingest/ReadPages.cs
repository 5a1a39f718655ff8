using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Ingest;

/// <summary>
/// Reads every page file under the input folder: input/PAPER/YYYY-MM-DD/NN[-name].txt or .pdf (a PDF may hold many
/// pages), with optional paper.yml, issue.yml and per-page NN.yml sidecars. A file that cannot be read is reported and
/// skipped; the rest of the archive still builds.
/// </summary>
public sealed class ReadPages
{
    public const string StageName = "read";

    /// <summary>
    /// The largest page file read. A printed page's text is 5-50 KB; a file 20 times the biggest is a whole book, a
    /// log or a concatenation of many pages, and is refused with a message before it is read into memory.
    /// </summary>
    public const long MaxPageBytes = 1L * 1024 * 1024;

    /// <summary>
    /// The largest PDF read. An e-paper page is 0.2-20 MB and a whole issue in one file rarely 100 MB; a bigger file
    /// is refused with its size before it is parsed, since PdfPig holds it whole in memory.
    /// </summary>
    public const long MaxPdfBytes = 100L * 1024 * 1024;

    public IReadOnlyList<PageSource> Run(string inputDirectory, BuildReport report)
    {
        if (!Directory.Exists(inputDirectory))
        {
            report.Error(StageName, null, $"input folder '{inputDirectory}' does not exist");
            return [];
        }

        var pages = new List<PageSource>();
        // Folders whose names give the same URL name: the one already named so wins, else the first in path order.
        var paperDirs = VisibleDirectories(inputDirectory, inputDirectory, report)
            .GroupBy(d => PaperSlug.From(Path.GetFileName(d)))
            .Select(g => (Slug: g.Key, Dirs: g.OrderBy(d => Path.GetFileName(d) == g.Key ? 0 : 1).ThenBy(d => d, StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.Slug, StringComparer.Ordinal);
        foreach (var (slug, dirs) in paperDirs)
        {
            var paperDir = dirs[0];
            var folder = Path.GetFileName(paperDir);
            foreach (var skipped in dirs.Skip(1).Select(Path.GetFileName))
                report.Error(StageName, skipped + "/",
                    $"paper folders '{folder}' and '{skipped}' both give the URL name '{slug}'; '{folder}' is kept and '{skipped}' skipped: merge or rename them");
            if (slug != folder)
                report.Warn(StageName, folder + "/", $"paper folder '{folder}' appears in URLs as '{slug}' (letters and digits joined by hyphens); rename the folder to make it explicit");

            var paper = ReadPaper(inputDirectory, paperDir, slug, report);
            // Pages are read on all cores, into their places in path order. The folder's listing answers whether a
            // sidecar exists, instead of asking the file system once per page and sidecar.
            var files = VisibleFiles(paperDir, inputDirectory, recursive: true, report).ToList();
            var present = files.ToHashSet(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            var issueSidecars = new System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IssueYaml?>>(StringComparer.Ordinal);
            var read = new IReadOnlyList<PageSource>?[files.Count];
            Parallel.For(0, files.Count, i =>
            {
                try
                {
                    read[i] = ReadPage(inputDirectory, paper, files[i], present, issueSidecars, report);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    report.Error(StageName, Relative(inputDirectory, files[i]), $"cannot read the file: {e.Message}");
                }
            });
            pages.AddRange(read.OfType<IReadOnlyList<PageSource>>().SelectMany(p => p));
        }
        foreach (var stray in VisibleFiles(inputDirectory, inputDirectory, recursive: false, report).Where(IsPageFile))
            report.Error(StageName, Relative(inputDirectory, stray), "page files belong in a paper folder: input/PAPER/YYYY-MM-DD/NN.txt (or NN.pdf)");

        return PageNumbers.Resolve(pages, report);
    }

    private static Paper ReadPaper(string input, string paperDir, string slug, BuildReport report)
    {
        var yamlPath = Path.Combine(paperDir, "paper.yml");
        var yaml = Sidecars.Read<PaperYaml>(yamlPath, Relative(input, yamlPath), report);
        if (string.IsNullOrWhiteSpace(yaml?.NameZh) || string.IsNullOrWhiteSpace(yaml.NameEn))
            report.Warn(StageName, Relative(input, yamlPath),
                $"paper names missing: write name_zh and name_en in {Path.GetFileName(paperDir)}/paper.yml; using '{slug}' meanwhile");
        return new Paper(slug, NonBlank(yaml?.NameZh) ?? slug, NonBlank(yaml?.NameEn) ?? slug);
    }

    private static IReadOnlyList<PageSource>? ReadPage(string input, Paper paper, string file, HashSet<string> present,
        System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IssueYaml?>> issueSidecars, BuildReport report)
    {
        var relative = Relative(input, file);
        if (!IsPageFile(file))
        {
            if (Path.GetExtension(file).ToLowerInvariant() is not (".yml" or ".yaml" or ".md" or ".json" or ".jsonl"))
                report.Warn(StageName, relative, "ignored: not a page file (.txt or .pdf)");
            return null;
        }

        if (IsPdf(input, file, relative, report))
            return ReadPdfFile(input, paper, file, present, issueSidecars, report);
        var text = ReadText(input, file, relative, report);
        if (text is null)
            return null;
        return ReadPageOf(input, paper, file, text, present, issueSidecars, report) is { } page ? [page] : null;
    }

    /// <summary>Every page of a PDF file: one page numbered as a text file would be, or many in file order.</summary>
    private static IReadOnlyList<PageSource>? ReadPdfFile(string input, Paper paper, string file, HashSet<string> present,
        System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IssueYaml?>> issueSidecars, BuildReport report)
    {
        var relative = Relative(input, file);
        var bytes = ReadPdfBytes(input, file, relative, report);
        if (bytes is null)
            return null;
        var pdfPages = ReadPdfPages.Run(bytes, relative, report);
        if (pdfPages is null)
            return null;
        var fileHash = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes));
        var absolute = Path.GetFullPath(file);
        PageSource? Page(ReadPdfPages.PdfPageText p, bool many) =>
            ReadPageOf(input, paper, file, p.Text, present, issueSidecars, report, many ? p.Index + 1 : null) is { } page
                ? page with
                {
                    Hash = fileHash + "-" + (p.Index + 1).ToString(CultureInfo.InvariantCulture) + (p.FromPdftotext ? "-text" : ""),
                    Pdf = new PdfSource
                    {
                        Path = absolute,
                        PageIndex = p.Index,
                        FileHash = fileHash,
                        Bytes = bytes,
                        HasTextLayer = p.HasTextLayer,
                        TextFromPdftotext = p.FromPdftotext,
                    },
                }
                : null;
        if (pdfPages.Count == 1)
            return Page(pdfPages[0], many: false) is { } single ? [single] : null;
        return [.. pdfPages.Select(p => Page(p, many: true)).OfType<PageSource>()];
    }

    /// <summary>
    /// A page of a file: its date, number and name from the sidecars, the folder, the file name or the text.
    /// <paramref name="pageOfMany"/> is the page's place (from 1) in a PDF of many pages: its number is the one it
    /// prints (第N版) or else that place, and its own sidecars are NAME.pN.corrections.yml and NAME.pN.en.yml.
    /// </summary>
    private static PageSource? ReadPageOf(string input, Paper paper, string file, string text, HashSet<string> present,
        System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IssueYaml?>> issueSidecars, BuildReport report, int? pageOfMany = null)
    {
        var relative = Relative(input, file);
        if (pageOfMany is { } place)
            relative += string.Create(CultureInfo.InvariantCulture, $"#page={place}");

        var folder = Path.GetDirectoryName(file)!;
        var stem = PageNumbers.WithoutLeadingDate(Path.GetFileNameWithoutExtension(file));
        var sidecarPath = Path.ChangeExtension(file, ".yml");
        var sidecarRelative = Relative(input, sidecarPath);
        var sidecar = present.Contains(sidecarPath) ? Sidecars.Read<PageYaml>(sidecarPath, sidecarRelative, report) : null;
        var issueYamlPath = Path.Combine(folder, "issue.yml");
        // Read once per folder, whichever of its pages asks first.
        var issue = !present.Contains(issueYamlPath) ? null : issueSidecars.GetOrAdd(folder,
            _ => new Lazy<IssueYaml?>(() => Sidecars.Read<IssueYaml>(issueYamlPath, Relative(input, issueYamlPath), report))).Value;

        var date = sidecar?.Date is { } pageDate ? IssueDate.Declared(relative, pageDate, sidecarRelative, report)
            : issue?.Date is { } issueDate ? IssueDate.Declared(relative, issueDate, Relative(input, Path.Combine(folder, "issue.yml")), report)
            : IssueDate.FromFolderOrText(relative, text, Path.GetFileName(folder), report);
        if (date is null)
            return null;

        var declaredNumber = pageOfMany is null ? sidecar?.Page : null;
        if (declaredNumber is not null and not (>= 1 and <= PageNumbers.MaxPageNumber))
        {
            report.Error(StageName, sidecarRelative, $"page: {declaredNumber} is not a page number (1 to {PageNumbers.MaxPageNumber}); ignored");
            declaredNumber = null;
        }

        var correctionsPath = Path.Combine(folder, SidecarStem(relative) + ".corrections.yml");
        return new PageSource
        {
            File = relative,
            Paper = paper,
            Date = date.Value,
            Number = pageOfMany is { } at ? PageNumbers.FromText(text) ?? at : declaredNumber ?? PageNumbers.FromName(stem) ?? PageNumbers.FromText(text) ?? 0,
            Name = pageOfMany is not null ? null : NonBlank(sidecar?.Name) ?? PageNumbers.NameFromFileName(stem),
            Text = text,
            // A key for caches and for spotting copies, not a seal against forgery: a fast non-cryptographic hash will do.
            Hash = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan()))),
            CorrectionsFile = present.Contains(correctionsPath) ? correctionsPath : null,
        };
    }

    /// <summary>A .pdf file, or a .txt file whose bytes are a PDF (a librarian renamed it): read as a PDF either way.</summary>
    private static bool IsPdf(string input, string file, string relative, BuildReport report)
    {
        if (!IsPageText(file))
            return true;
        // A link out of the input, a device or a FIFO is refused by the text reader, with its reason.
        if (InputFiles.Refusal(file, input) is not null)
            return false;
        Span<byte> head = stackalloc byte[5];
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (!head.SequenceEqual("%PDF-"u8))
            return false;
        report.Info(StageName, relative, "the file is a PDF named .txt: read as a PDF");
        return true;
    }

    /// <summary>
    /// A PDF's bytes, or null (with an error naming the file and its size) when it is bigger than
    /// <see cref="MaxPdfBytes"/>: its length is looked at before any byte is read, and no more than the limit is ever read.
    /// </summary>
    private static byte[]? ReadPdfBytes(string input, string file, string relative, BuildReport report)
    {
        if (InputFiles.Refusal(file, input) is { } refused)
        {
            report.Error(StageName, relative, refused);
            return null;
        }
        var length = new FileInfo(file).Length;
        if (length > MaxPdfBytes)
        {
            report.Error(StageName, relative, string.Create(CultureInfo.InvariantCulture,
                $"cannot read the PDF: it is {length / 1048576.0:0.0} MB, and a PDF is read up to {MaxPdfBytes / 1048576} MB (an e-paper page is 0.2-20 MB): split it, or shrink its pictures"));
            return null;
        }
        // The limit also holds on the bytes read, should the file grow after its size was looked at.
        var read = InputFiles.Read(file, input, MaxPdfBytes);
        if (read.Bytes is not { Length: > 0 } bytes)
        {
            report.Error(StageName, relative, read.Bytes is null ? $"cannot read the PDF: {read.Error}" : "cannot read page: the file is empty");
            return null;
        }
        return bytes;
    }

    /// <summary>The page's text with line endings normalised, or null (with an error naming the file) when it has none.</summary>
    private static string? ReadText(string input, string file, string relative, BuildReport report)
    {
        // Only the bytes actually read count: a device reports no length and never ends.
        var read = InputFiles.Read(file, input, MaxPageBytes);
        if (read.TooBig)
        {
            // Look at the first bytes, so a 50 MB PDF is called a PDF, not just too big.
            var head = new byte[16];
            var length = 0L;
            using (var stream = File.OpenRead(file))
            {
                head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
                length = stream.Length;
            }
            report.Error(StageName, relative, TextDecoder.KnownBinaryFormat(head) is { } binary ? $"cannot read page: {binary}" : string.Create(CultureInfo.InvariantCulture,
                $"cannot read page: the file is {(length > MaxPageBytes ? $"{length / 1048576.0:0.0} MB" : $"more than {MaxPageBytes / 1048576} MB")}, and a page's text is at most {MaxPageBytes / 1048576} MB (a printed page is about 20 KB): split it into one file per page"));
            return null;
        }
        if (read.Bytes is not { } bytes)
        {
            if (read.LeavesInput)
                report.Warn(StageName, relative, $"ignored: {read.Error}");
            else
                report.Error(StageName, relative, $"cannot read page: {read.Error}");
            return null;
        }
        if (bytes.Length == 0)
        {
            report.Error(StageName, relative, "cannot read page: the file is empty");
            return null;
        }

        // The decoder names a binary format (a PDF, an image) itself.
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            report.Error(StageName, relative, $"cannot read page: {decoded.Error}");
            return null;
        }
        var text = decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            report.Error(StageName, relative, "the page has no text, only blank space (was the PDF page an image? run OCR first)");
            return null;
        }
        if (decoded.Encoding is not ("UTF-8" or "UTF-8 with BOM"))
            report.Info(StageName, relative, $"read as {decoded.Encoding}");
        return text;
    }

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool IsPageText(string file) => Path.GetExtension(file).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    private static bool IsPageFile(string file) => IsPageText(file) || Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name a page's own sidecars start with: page-01.txt and page-01.pdf -> page-01; page 3 of issue.pdf
    /// (issue.pdf#page=3) -> issue.p3.
    /// </summary>
    public static string SidecarStem(string pageFile)
    {
        var name = pageFile[(pageFile.LastIndexOf('/') + 1)..];
        var hash = name.IndexOf("#page=", StringComparison.Ordinal);
        var place = hash < 0 ? "" : ".p" + name[(hash + "#page=".Length)..];
        var file = hash < 0 ? name : name[..hash];
        return Path.GetFileNameWithoutExtension(file) + place;
    }

    // Hidden (.git, .cache) and underscored (_site) folders are the tool's or other tools', never pages; an underscored
    // one is named in a warning, since a librarian may have made it. A folder
    // that is a symbolic link is skipped with a warning: it may point back up the tree and never end.
    private static IEnumerable<string> VisibleDirectories(string dir, string input, BuildReport report)
    {
        foreach (var d in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(d);
            if (name.StartsWith('.'))
                continue;
            if (name.StartsWith('_'))
            {
                report.Warn(StageName, Relative(input, d) + "/", "ignored: a folder whose name starts with _ is kept for other tools (_site); rename it to build its pages");
                continue;
            }
            if (new DirectoryInfo(d).LinkTarget is not null)
            {
                report.Warn(StageName, Relative(input, d) + "/", "ignored: a symbolic link to a folder; copy the folder in instead");
                continue;
            }
            yield return d;
        }
    }

    private static IEnumerable<string> VisibleFiles(string dir, string input, bool recursive, BuildReport report)
    {
        foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.'))
                yield return file;
            else if (IsPageFile(file) && !name.StartsWith("._", StringComparison.Ordinal))
                report.Warn(StageName, Relative(input, file), "ignored: a hidden file (its name starts with a dot); rename it to build it");
        }
        if (recursive)
            foreach (var sub in VisibleDirectories(dir, input, report))
                foreach (var file in VisibleFiles(sub, input, true, report))
                    yield return file;
    }

    internal static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
