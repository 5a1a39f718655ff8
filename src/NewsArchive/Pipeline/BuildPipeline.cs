using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Enrichment;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Rendering.Views;
using NewsArchive.Search;
using NewsArchive.Segmentation;

namespace NewsArchive.Pipeline;

/// <summary>
/// The whole build, stage by stage: read -> segment -> enrich -> assemble -> index -> render -> post-process -> write.
/// Only the first and the last stage touch the input and output folders.
/// </summary>
public sealed class BuildPipeline(BuildOptions options, IProgressSink? progress = null)
{
    private readonly IProgressSink _progress = progress ?? NoProgress.Instance;

    public BuildReport Report { get; } = new();

    public BuildResult Run()
    {
        var total = Stopwatch.StartNew();
        var sources = Timed(ReadPages.StageName, () => new ReadPages().Run(options.InputDirectory, Report), r => r.Count);
        Report.Count("pages", sources.Count);
        var pages = Timed(SegmentPages.StageName, () => new SegmentPages().Run(sources, Report, _progress, options.Parallelism), r => r.Count);
        pages = Timed(EnrichArticles.StageName, () => new EnrichArticles().Run(pages, Report, _progress, options.Parallelism), r => r.Sum(p => p.Articles.Count));
        var archive = Timed(AssembleArchive.StageName, () => new AssembleArchive().Run(pages), a => a.Issues.Count);
        var search = Timed(IndexArticles.StageName, () => new IndexArticles().Run(archive, options, Report), _ => archive.Articles.Count());

        var templates = new ThemeTemplates(options.ThemeDirectory, ViewTypes.All, options.StrictTemplates);
        var render = new RenderSite(templates, options.BaseUrl, search.RelatedById);
        var postProcess = new PostProcessHtml();
        var writer = new WriteSite();
        Directory.CreateDirectory(options.OutputDirectory);

        // Render, post-process and write are streamed file by file, so we time them by accumulation.
        var renderTime = TimeSpan.Zero;
        var postTime = TimeSpan.Zero;
        var writeTime = TimeSpan.Zero;
        var files = 0;
        _progress.StageStarted(RenderSite.StageName, 0);
        using (var rendered = render.Run(archive, Report).Concat(search.Files).GetEnumerator())
        {
            while (true)
            {
                var t = Stopwatch.GetTimestamp();
                if (!rendered.MoveNext()) { renderTime += Stopwatch.GetElapsedTime(t); break; }
                renderTime += Stopwatch.GetElapsedTime(t);
                t = Stopwatch.GetTimestamp();
                var file = postProcess.Run(rendered.Current);
                postTime += Stopwatch.GetElapsedTime(t);
                t = Stopwatch.GetTimestamp();
                writer.Write(options.OutputDirectory, file);
                writeTime += Stopwatch.GetElapsedTime(t);
                files++;
                _progress.Advance(RenderSite.StageName);
            }
        }
        _progress.StageFinished(RenderSite.StageName);
        postProcess.CheckLinks(writer.Produced, Report);
        var sw = Stopwatch.StartNew();
        var removed = writer.RemoveStale(options.OutputDirectory);
        writeTime += sw.Elapsed;
        Report.Time(RenderSite.StageName, renderTime, files);
        Report.Time(PostProcessHtml.StageName, postTime, files);
        Report.Time(WriteSite.StageName, writeTime, files);
        Report.Count("files", files);
        Report.Count("files written", writer.Written);
        Report.Count("files removed", removed);

        var result = new BuildResult(Report, total.Elapsed);
        WriteReport(result);
        return result;
    }

    private T Timed<T>(string stage, Func<T> run, Func<T, int> items)
    {
        var sw = Stopwatch.StartNew();
        var result = run();
        Report.Time(stage, sw.Elapsed, items(result));
        return result;
    }

    /// <summary>The machine-readable report goes beside the site (not in it): OUTPUT/../build-report.json.</summary>
    public static string ReportPath(BuildOptions options) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "build-report.json");

    private void WriteReport(BuildResult result)
    {
        var json = JsonSerializer.Serialize(new
        {
            input = options.InputDirectory,
            output = options.OutputDirectory,
            seconds = Math.Round(result.Elapsed.TotalSeconds, 3),
            counters = Report.Counters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(),
            stages = Report.Timings.Select(t => new { stage = t.Stage, seconds = Math.Round(t.Elapsed.TotalSeconds, 3), items = t.Items, perSecond = Math.Round(t.ItemsPerSecond, 1) }),
            errors = Report.CountOf(Severity.Error),
            warnings = Report.CountOf(Severity.Warning),
            diagnostics = Report.Diagnostics.Select(d => new { severity = d.Severity.ToString().ToLowerInvariant(), d.Stage, d.File, d.Line, d.Message }),
        }, ReportJson);
        File.WriteAllText(ReportPath(options), json + "\n");
    }

    private static readonly JsonSerializerOptions ReportJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}

public sealed record BuildResult(BuildReport Report, TimeSpan Elapsed)
{
    /// <summary>0 when all went well, 1 when some input had errors (the rest still built).</summary>
    public int ExitCode => Report.HasErrors ? 1 : 0;
}
