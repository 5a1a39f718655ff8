using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Ingest;
using NewsArchive.Model;

namespace NewsArchive.PageImages;

/// <summary>
/// Renders each PDF page's image with poppler's pdftoppm, once: the JPEGs are kept in the input's cache by the PDF's
/// hash and page, so a rebuild renders nothing and a PDF moved or renamed is not rendered again. Pages render in
/// parallel (pdftoppm runs single-threaded); a PDF is read again only for pages whose images the cache lacks.
/// </summary>
public sealed partial class RenderPageImages(string inputDirectory, string cacheDirectory)
{
    public const string StageName = "page images";

    /// <summary>Wide enough to read a newspaper's body type on a desktop screen, small enough to stay near 250 KB.</summary>
    public const int LargeWidth = 1400;

    public const int SmallWidth = 280;

    /// <summary>The page image's budget; the JPEG quality steps down until the page fits it.</summary>
    public const int MaxLargeBytes = 250 * 1024;

    private static readonly int[] Qualities = [80, 70, 60, 50, 40, 30];

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    public string Folder => Path.Combine(cacheDirectory, "page-images");

    /// <summary>Take images an earlier build rendered; false (a clean build) renders every page again.</summary>
    public bool Reuse { get; init; } = true;

    /// <summary>The images of every page read from a PDF, by the page's URL; a page whose image failed is left out (with a message).</summary>
    public IReadOnlyDictionary<string, PageImage> Run(IReadOnlyList<PrintedPage> pages, BuildReport report, int parallelism)
    {
        var pdfPages = pages.Where(p => p.Source.Pdf is not null).ToList();
        var result = new ConcurrentDictionary<string, PageImage>(StringComparer.Ordinal);
        if (pdfPages.Count == 0)
            return result;
        if (!Poppler.Has("pdftoppm"))
        {
            report.Warn(StageName, null, "pdftoppm (poppler-utils) is not installed: the printed pages are shown without their images; run scripts/setup.sh");
            return result;
        }
        Directory.CreateDirectory(Folder);
        // A PDF's bytes are read once for all its pages that miss, and let go of when its last such page is done.
        var missing = pdfPages.Where(p => Cached(p.Source.Pdf!) is null).ToList();
        var files = missing.GroupBy(p => p.Source.Pdf!.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PdfBytes(g.Count()), StringComparer.Ordinal);
        Parallel.ForEach(pdfPages, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, page =>
        {
            var pdf = page.Source.Pdf!;
            var image = Cached(pdf);
            if (image is not null)
            {
                report.Count("page images from the cache");
            }
            else
            {
                var bytes = files[pdf.Path];
                try
                {
                    image = Render(page, bytes.Get(() => Read(page, report)), report);
                }
                finally
                {
                    bytes.Done();
                }
                if (image is not null)
                    report.Count("page images rendered");
            }
            if (image is not null)
                result[page.Url] = image;
        });
        Prune(pdfPages);
        return result;
    }

    private byte[]? Read(PrintedPage page, BuildReport report)
    {
        var pdf = page.Source.Pdf!;
        var read = InputFiles.Read(pdf.Path, inputDirectory, ReadPages.MaxPdfBytes);
        if (read.Bytes is not { } bytes)
        {
            report.Warn(StageName, page.Source.File, $"cannot read the PDF again for its page image: {read.Error}");
            return null;
        }
        if (Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes)) != pdf.FileHash)
        {
            report.Warn(StageName, page.Source.File, "the PDF changed while the archive was built; its page image waits for the next build");
            return null;
        }
        return bytes;
    }

    private PageImage? Render(PrintedPage page, byte[]? pdf, BuildReport report)
    {
        if (pdf is null)
            return null;
        var source = page.Source.Pdf!;
        try
        {
            byte[]? large = null;
            foreach (var quality in Qualities)
            {
                large = Pdftoppm(pdf, source.PageIndex, LargeWidth, quality, page.Source.File);
                if (large.Length <= MaxLargeBytes)
                    break;
            }
            if (large!.Length > MaxLargeBytes)
                report.Info(StageName, page.Source.File, string.Create(CultureInfo.InvariantCulture,
                    $"the page image is {large.Length / 1024} KB even at JPEG quality {Qualities[^1]} (a page of fine detail)"));
            var small = Pdftoppm(pdf, source.PageIndex, SmallWidth, 70, page.Source.File);
            var (largePath, smallPath) = Paths(source);
            Storage.AtomicFile.WriteBytes(largePath, large);
            Storage.AtomicFile.WriteBytes(smallPath, small);
            return Image(largePath, large, smallPath, small);
        }
        catch (Exception e) when (e is InvalidDataException or TimeoutException or IOException)
        {
            report.Warn(StageName, page.Source.File, $"the page image could not be made: {e.Message}; the page is shown without it");
            return null;
        }
    }

    /// <summary>One page as a JPEG. pdftoppm writes only to files, so it writes into the cache folder, and the file is read back and removed.</summary>
    private byte[] Pdftoppm(byte[] pdf, int pageIndex, int width, int quality, string file)
    {
        var n = (pageIndex + 1).ToString(CultureInfo.InvariantCulture);
        var prefix = Path.Combine(Folder, ".render-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = Poppler.Run("pdftoppm", ["-q", "-f", n, "-l", n, "-scale-to-x", width.ToString(CultureInfo.InvariantCulture), "-scale-to-y", "-1",
                "-jpeg", "-jpegopt", "quality=" + quality.ToString(CultureInfo.InvariantCulture) + ",optimize=y,progressive=y", "-singlefile", "-", prefix], pdf, ToolTimeout);
            var jpeg = File.Exists(prefix + ".jpg") ? File.ReadAllBytes(prefix + ".jpg") : [];
            if (output.ExitCode != 0 || JpegSize.Of(jpeg) is null)
                throw new InvalidDataException($"pdftoppm failed on {file} (exit {output.ExitCode}){(output.Stderr.Length > 0 ? ": " + output.Stderr : "")}");
            return jpeg;
        }
        finally
        {
            File.Delete(prefix + ".jpg");
        }
    }

    private PageImage? Cached(PdfSource pdf)
    {
        if (!Reuse)
            return null;
        var (largePath, smallPath) = Paths(pdf);
        try
        {
            if (!File.Exists(largePath) || !File.Exists(smallPath))
                return null;
            return Image(largePath, Head(largePath), smallPath, Head(smallPath));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The start of a JPEG, where its size is written (after the quantisation and Huffman tables).</summary>
    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(stream.Length, 16 * 1024)];
        stream.ReadExactly(head);
        return head;
    }

    private static PageImage? Image(string largePath, byte[] large, string smallPath, byte[] small) =>
        JpegSize.Of(large) is { } l && JpegSize.Of(small) is { } s
            ? new PageImage(new PageImageFile(largePath, l.Width, l.Height), new PageImageFile(smallPath, s.Width, s.Height))
            : null;

    private (string Large, string Small) Paths(PdfSource pdf)
    {
        var stem = Path.Combine(Folder, pdf.FileHash + "-" + (pdf.PageIndex + 1).ToString(CultureInfo.InvariantCulture));
        return (stem + ".jpg", stem + "-small.jpg");
    }

    /// <summary>
    /// Images of PDFs no longer in the input go, so the cache never outgrows the archive: only files this stage names
    /// (hash-page[-small].jpg) are ever removed.
    /// </summary>
    private void Prune(List<PrintedPage> pages)
    {
        var kept = pages.SelectMany(p => { var (l, s) = Paths(p.Source.Pdf!); return new[] { Path.GetFileName(l), Path.GetFileName(s) }; })
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            if (OurImage().IsMatch(name) && !kept.Contains(name))
                File.Delete(file);
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{32}-\d+(-small)?\.jpg$")]
    private static partial Regex OurImage();

    /// <summary>One PDF's bytes, read by the first of its pages to need them and let go of by the last.</summary>
    private sealed class PdfBytes(int pages)
    {
        private int _left = pages;
        private Lazy<byte[]?>? _bytes;

        public byte[]? Get(Func<byte[]?> read)
        {
            lock (this)
                _bytes ??= new Lazy<byte[]?>(read);
            return _bytes.Value;
        }

        public void Done()
        {
            if (Interlocked.Decrement(ref _left) == 0)
                lock (this)
                    _bytes = null;
        }
    }
}
