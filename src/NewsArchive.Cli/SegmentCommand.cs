using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Ingest;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Corrections;

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
        var file = new Argument<FileInfo>("FILE") { Description = "A page's text as pdftotext extracted it" };
        var json = new Option<bool>("--json") { Description = "Print the segmentation as JSON" };
        var explain = new Option<bool>("--explain") { Description = "Print how each heading was assigned: word reuse, distance, benefit, margin, and the articles in doubt" };
        var command = new Command("segment", "Split one page's text into articles and print them.") { file, json, explain };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine($"error: {path.FullName}: no such file");
                return 2;
            }
            var decoded = TextDecoder.Decode(File.ReadAllBytes(path.FullName));
            if (decoded.Text is null)
            {
                stderr.WriteLine($"error: {path.FullName}: cannot read page: {decoded.Error}");
                return 1;
            }
            var segmentation = PageSegmenter.Segment(decoded.Text);
            foreach (var warning in segmentation.Warnings)
                stderr.WriteLine($"warning: {path.FullName}: {warning}");
            var exit = 0;
            // The librarian's corrections next to the page win, as in the build.
            var sidecar = Path.Combine(path.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(path.Name) + ".corrections.yml");
            if (File.Exists(sidecar))
            {
                var (corrections, error) = ReadCorrections.Parse(File.ReadAllText(sidecar));
                if (error is not null)
                {
                    stderr.WriteLine($"error: {sidecar}:{error.Line}:{error.Column}: {error.Message}; the automatic segmentation is used");
                    exit = 1;
                }
                else
                {
                    var (corrected, warnings) = ApplyCorrections.Apply(segmentation, corrections!);
                    segmentation = corrected;
                    foreach (var warning in warnings)
                        stderr.WriteLine($"warning: {sidecar}: {warning}");
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
