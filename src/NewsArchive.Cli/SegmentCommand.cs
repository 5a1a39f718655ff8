using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Corrections;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Cli;

internal static class SegmentCommand
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A page's text as pdftotext extracted it, or the page's PDF" };
        var json = new Option<bool>("--json") { Description = "Print the segmentation as JSON" };
        var page = new Option<int>("--page") { Description = "Which page of a PDF (from 1)", DefaultValueFactory = _ => 1 };
        var explain = new Option<bool>("--explain") { Description = "Print how each heading was assigned: word reuse, distance, benefit, margin, and the articles in doubt" };
        var command = new Command("segment", "Split one page (its text, or a PDF page) into articles and print them.") { file, json, page, explain };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine(PrintDiagnostics.Printable($"error: {path.FullName}: no such file"));
                return 2;
            }
            // The file named is read wherever it is, but only as a regular file and only up to a PDF's limit (a text page's after).
            var read = InputFiles.Read(path.FullName, Path.GetPathRoot(path.FullName)!, ReadPages.MaxPdfBytes);
            if (read.Bytes is null)
            {
                stderr.WriteLine(PrintDiagnostics.Printable($"error: {path.FullName}: cannot read page: {read.Error}"));
                return 1;
            }
            var bytes = read.Bytes;
            PageSegmentation segmentation;
            if (ReadPdfPage.IsPdf(bytes))
            {
                // A PDF page is read from its geometry; its regions come with the items.
                var pdf = SegmentPdfPage.Segment(bytes, parse.GetValue(page) - 1);
                if (pdf.TextLayer != PdfTextLayer.Read)
                {
                    stderr.WriteLine(PrintDiagnostics.Printable($"error: {path.FullName}: {pdf.Problem}"));
                    return 1;
                }
                segmentation = pdf.Segmentation;
            }
            else if (bytes.Length > ReadPages.MaxPageBytes)
            {
                stderr.WriteLine(PrintDiagnostics.Printable($"error: {path.FullName}: cannot read page: more than {ReadPages.MaxPageBytes / 1048576} MB of text, and a page's text is at most that: split it into one file per page"));
                return 1;
            }
            else
            {
                var decoded = TextDecoder.Decode(bytes);
                if (decoded.Text is null)
                {
                    stderr.WriteLine(PrintDiagnostics.Printable($"error: {path.FullName}: cannot read page: {decoded.Error}"));
                    return 1;
                }
                segmentation = PageSegmenter.Segment(decoded.Text);
            }
            foreach (var warning in segmentation.Warnings)
                stderr.WriteLine(PrintDiagnostics.Printable($"warning: {path.FullName}: {warning}"));
            var exit = 0;
            // The librarian's corrections next to the page win, as in the build.
            var sidecar = Path.Combine(path.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(path.Name) + ".corrections.yml");
            if (File.Exists(sidecar))
            {
                var (yaml, unread) = InputFiles.ReadText(sidecar, Path.GetPathRoot(sidecar)!, InputFiles.MaxSidecarBytes);
                var (corrections, error) = ReadCorrections.Parse(yaml ?? "");
                if (yaml is null)
                {
                    stderr.WriteLine(PrintDiagnostics.Printable($"error: {sidecar}: {unread}; the automatic segmentation is used"));
                    exit = 1;
                }
                else if (error is not null)
                {
                    stderr.WriteLine(PrintDiagnostics.Printable($"error: {sidecar}:{error.Line}:{error.Column}: {error.Message}; the automatic segmentation is used"));
                    exit = 1;
                }
                else
                {
                    var (corrected, warnings) = ApplyCorrections.Apply(segmentation, corrections!);
                    segmentation = corrected;
                    foreach (var warning in warnings)
                        stderr.WriteLine(PrintDiagnostics.Printable($"warning: {sidecar}: {warning}"));
                }
            }
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(segmentation, Json));
                return exit;
            }
            foreach (var (item, i) in segmentation.Items.Select((item, i) => (item, i + 1)))
            {
                stdout.WriteLine($"{i}. [{item.Kind.ToString().ToLowerInvariant()}] {item.Title ?? "(no title)"}");
                if (item.Reporters.Count > 0) stdout.WriteLine($"   reporters: {string.Join("、", item.Reporters)}");
                if (item.Photographers.Count > 0) stdout.WriteLine($"   photographers: {string.Join("、", item.Photographers)}");
                stdout.WriteLine($"   {item.Paragraphs.Count} paragraphs, {item.Captions.Count} captions");
            }
            foreach (var leftover in segmentation.Leftovers)
                stdout.WriteLine($"leftover: {leftover}");
            if (parse.GetValue(explain))
                ExplainConfidence.Write(segmentation.Confidence, stdout);
            return exit;
        });
        return command;
    }
}
