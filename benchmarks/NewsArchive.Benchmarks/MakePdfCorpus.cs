using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Tests.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Scoring;

namespace NewsArchive.Benchmarks;

/// <summary>
/// `pdfcorpus DIR [PAGES] [FIRST-SEED] [--dev]`: a held-out corpus from the second producer (with --dev, a dev set
/// of it: the family is not sealed, so rules may be studied on it; use seeds no sealed set uses). Each page is a seeded layout of
/// <see cref="LayoutWriter"/> written by PdfPig's PdfDocumentBuilder in CID fonts (page.pdf), its text extracted as
/// the corpus's is (`pdftotext -enc UTF-8`, page.txt), and its truth by construction (expected.json). The family is
/// sealed in DIR/README.md, so `segscore --corpus DIR` scores it held out and fits nothing on it. Seeds start past
/// the ones the PDF tests use (1 to 200), so no page of it shaped the PDF path either.
/// </summary>
public static class MakePdfCorpus
{
    public const string Family = "pdfwriter";

    private static readonly JsonSerializerOptions Json = new(CorpusPage.Json)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: pdfcorpus DIR [PAGES] [FIRST-SEED] [--dev]");
            return 2;
        }
        if (!GeneratedPdf.FontsInstalled)
        {
            Console.Error.WriteLine("pdfcorpus: Debian's CJK fonts are missing (run scripts/setup.sh)");
            return 1;
        }
        var dev = args.Contains("--dev");
        args = args.Where(a => a != "--dev").ToArray();
        var root = args[0];
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var first = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_001;
        for (var i = 0; i < count; i++)
        {
            var layout = new LayoutWriter(new Random(first + i)).Page();
            var dir = Path.Combine(root, Family, string.Create(CultureInfo.InvariantCulture, $"{Family}-{i + 1:00}"));
            Directory.CreateDirectory(dir);
            var pdf = Path.Combine(dir, "page.pdf");
            File.WriteAllBytes(pdf, GeneratedPdf.Document([layout]));
            if (!PdfToText(pdf, Path.Combine(dir, "page.txt")))
                return 1;
            var expected = new { items = layout.Truth.Select(t => t with { Regions = [] }) };
            File.WriteAllText(Path.Combine(dir, "expected.json"), JsonSerializer.Serialize(expected, Json) + "\n");
        }
        File.WriteAllText(Path.Combine(root, "README.md"), dev ? DevReadme(root, count, first) : Readme(count, first));
        Console.WriteLine($"pdfcorpus: {count} pages in {Path.Combine(root, Family)}");
        return 0;
    }

    private static bool PdfToText(string pdf, string txt)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, txt]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0)
            return true;
        Console.Error.WriteLine($"pdfcorpus: pdftotext failed on {pdf}: {error}");
        return false;
    }

    private static string Readme(int count, int first) => string.Create(CultureInfo.InvariantCulture, $"""
        # A held-out corpus from a second producer: PdfPig's PdfDocumentBuilder

        {count} pages under `{Family}/`, each `page.pdf` (gitignored), `page.txt` (`pdftotext -enc UTF-8`, as the main
        corpus) and `expected.json` (the truth by construction). Layouts are those of
        `tests/NewsArchive.Tests/Segmentation/Pdf/LayoutWriter.cs` with seeds {first} to {first + count - 1} (the PDF
        tests use 1 to 200): a running head, bands of articles between rules over a 4 to 7 column grid, titles above,
        centred or beside the body, kickers, ——subtitles, ■ bylines, 本报讯 datelines, fake-bold titles, frames,
        pictures with captions, photo news. Text and layout differ from the Chromium corpus: the text path was never
        written or tuned against these pages, and nothing is fitted on them.

        Made by (wrap in `dnlock`):

            dotnet run -c Release --project benchmarks/NewsArchive.Benchmarks -- pdfcorpus tests/corpus-heldout-pdfwriter {count} {first}

        Scored by `segscore --corpus tests/corpus-heldout-pdfwriter --flags` (BENCHMARKS.md).

        ## Held-out families (sealed)

        - held-out: {Family}

        """);

    private static string DevReadme(string root, int count, int first) => string.Create(CultureInfo.InvariantCulture, $"""
        # A dev corpus from the second producer: PdfPig's PdfDocumentBuilder

        {count} pages under `{Family}/`, made exactly as `tests/corpus-heldout-pdfwriter` (see its README) but with seeds
        {first} to {first + count - 1}: the same producer, other pages. This set is **dev**, not sealed: read its pages,
        put the truth beside the prediction (`segment PAGE.txt --json` against `expected.json`) and study the failure
        kinds here, so the sealed set (seeds 10001 to 10030) stays unseen and is scored only as aggregates. Rules stay
        general (how newspapers are laid out and how pdftotext orders a page), never a page's strings.

        Made by (wrap in `dnlock`):

            dotnet run -c Release --project benchmarks/NewsArchive.Benchmarks -- pdfcorpus {root} {count} {first} --dev

        Scored by `segscore --corpus {root} --pages --flags` (BENCHMARKS.md); it has no held-out family.

        """);
}
