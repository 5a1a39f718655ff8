using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Rendering.Views;
using NewsArchive.Search;

namespace NewsArchive.Pipeline;

/// <summary>
/// The whole build, stage by stage: read -> segment -> enrich -> assemble (<see cref="PrepareArchive"/>) -> index ->
/// render -> post-process -> write.
/// Only the first and the last stage touch the input and output folders.
/// </summary>
public sealed class BuildPipeline(BuildOptions options, IProgressSink? progress = null)
{
    private readonly IProgressSink _progress = progress ?? NoProgress.Instance;

    public BuildReport Report { get; } = new();

    /// <summary>Files rendered, post-processed and written together on all cores; small enough to keep memory flat.</summary>
    private const int BatchSize = 256;

    public BuildResult Run()
    {
        var total = Stopwatch.StartNew();
        var prepare = new PrepareArchive(options, Report, _progress);
        var english = prepare.English(callService: !options.Offline);
        var caches = options.Incremental ? BuildCaches.Load(options, english.Service is not null) : null;
        caches?.LoadRenderAhead();
        var archive = prepare.Run(english, caches);
        if (archive.Changes is { FirstBuild: false } changes)
        {
            Report.Count("articles added", changes.Added.Count);
            Report.Count("articles changed", changes.Changed.Count);
            Report.Count("articles removed", changes.Removed.Count);
        }
        Func<string, string, bool>? onDisk = caches is null ? null : (path, key) => caches.Render.Fresh(path, key) is not null;

        // The pages are planned from here on, on a thread of their own, while the index stage runs: it leaves a core
        // mostly idle, and planning (browse indexes, listing views) was what the renders of a rebuild waited for.
        // Only the renders ask for related articles, and they start after the index stage. (Processor time is the
        // process's: the planning done meanwhile counts in the index stage's.)
        var templates = new ThemeTemplates(options.ThemeDirectory, ViewTypes.All, options.StrictTemplates);
        IReadOnlyDictionary<string, IReadOnlyList<string>>? related = null;
        var render = new RenderSite(templates, options.BaseUrl, () => related!, caches?.Render);
        using var planned = new PlanAhead<Func<SiteFile>>(render.Plan(archive, Report), BatchSize, PlannedAhead);
        var search = StageTimer.Run(Report, IndexArticles.StageName, () => new IndexArticles().Run(archive, options, Report, onDisk), _ => archive.Articles.Count());
        related = search.RelatedById;

        var exported = new Queue<SiteFile>(search.Files);
        var commitSearch = search.Commit;
        search = search with { Files = [] };
        var postProcess = new PostProcessHtml();
        // Changed files wait in a staging folder and move into the site only when all are written: a build that
        // throws or is killed leaves the previous site as it was.
        var writer = new WriteSite(options.OutputDirectory, Report);
        var committed = false;

        var files = 0;
        var removed = 0;
        TimeSpan renderTime, postTime, writeTime, commitTime = TimeSpan.Zero;
        var sw = Stopwatch.StartNew();
        try
        {
            _progress.StageStarted(RenderSite.StageName, 0);
            var renderCpu = StageTimer.ProcessorTime();
            (files, renderTime, postTime, writeTime) = RenderPostProcessWrite(Once(exported), planned, postProcess, writer, caches);
            _progress.StageFinished(RenderSite.StageName);
            StageTimer.CountProcessorTime(Report, "render+postprocess+write", StageTimer.ProcessorTime() - renderCpu);
            postProcess.CheckLinks(writer.Produced, Report);
            sw.Restart();
            removed = writer.Commit();
            committed = true;
            // Before the render cache: a state saved without the cache's word on its files is never built upon.
            commitSearch();
            commitTime = sw.Elapsed;
            writeTime += commitTime;
        }
        finally
        {
            if (!committed)
                writer.Abandon();
        }
        Report.Time(RenderSite.StageName, renderTime, files);
        Report.Time(PostProcessHtml.StageName, postTime, files);
        Report.Time(WriteSite.StageName, writeTime, files);
        // Moving the changed files in and deleting the gone ones: its share of the write.
        Report.Time("write: commit", commitTime, writer.Written);
        Report.Count("files", files);
        Report.Count("files written", writer.Written);
        Report.Count("files removed", removed);
        if (caches is not null)
        {
            sw.Restart();
            caches.Save();
            caches.Count(Report);
            Report.Time("cache", sw.Elapsed, files);
        }

        var result = new BuildResult(Report, total.Elapsed);
        WriteReport(result);
        return result;
    }

    /// <summary>
    /// The browser's search files (625 MB at 100,000 articles), written first and let go of as they are written,
    /// so they are not held in memory while the pages render.
    /// </summary>
    private static IEnumerable<Func<SiteFile>> Once(Queue<SiteFile> files)
    {
        while (files.TryDequeue(out var file))
            yield return () => file;
    }

    /// <summary>
    /// Renders, post-processes and writes the site a batch at a time: the renders of a batch run on all cores while the
    /// plan (views, in output order) is read ahead on a thread of its own, at most <see cref="PlannedAhead"/> batches
    /// ahead so memory stays flat. Planning was a third of a no-change rebuild's rendering when the cores waited for it.
    /// Each stage's time is its share of the batch's wall time, in proportion to the processor time it took, so the
    /// stages still add up to the build's time.
    /// </summary>
    private (int Files, TimeSpan Render, TimeSpan Post, TimeSpan Write) RenderPostProcessWrite(
        IEnumerable<Func<SiteFile>> first, PlanAhead<Func<SiteFile>> planned, PostProcessHtml postProcess, WriteSite writer, BuildCaches? caches)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        TimeSpan renderTime = TimeSpan.Zero, postTime = TimeSpan.Zero, writeTime = TimeSpan.Zero;
        var files = 0;
        using var written = first.Chunk(BatchSize).GetEnumerator();
        while (true)
        {
            var waited = Stopwatch.StartNew();
            var batch = written.MoveNext() ? written.Current : planned.Next();
            renderTime += waited.Elapsed;
            if (batch is null)
                break;
            long renderTicks = 0, postTicks = 0, writeTicks = 0;
            var wall = Stopwatch.StartNew();
            // A failed render (a missing template, say) surfaces as itself, not wrapped by the parallel loop.
            try
            {
                Parallel.For(0, batch.Length, parallel, i =>
                {
                    var t0 = Stopwatch.GetTimestamp();
                    var file = batch[i]();
                    var t1 = Stopwatch.GetTimestamp();
                    // A page the render cache vouched for was post-processed, and its links checked, when it was rendered.
                    if (!file.Unchanged)
                        file = postProcess.Run(file);
                    var t2 = Stopwatch.GetTimestamp();
                    if (writer.Write(file) is { } written && !file.Unchanged)
                        caches?.Render.Record(file, written);
                    var t3 = Stopwatch.GetTimestamp();
                    Interlocked.Add(ref renderTicks, t1 - t0);
                    Interlocked.Add(ref postTicks, t2 - t1);
                    Interlocked.Add(ref writeTicks, t3 - t2);
                    _progress.Advance(RenderSite.StageName);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            var busy = Math.Max(1, renderTicks + postTicks + writeTicks);
            renderTime += wall.Elapsed * ((double)renderTicks / busy);
            postTime += wall.Elapsed * ((double)postTicks / busy);
            writeTime += wall.Elapsed * ((double)writeTicks / busy);
            files += batch.Length;
        }
        return (files, renderTime, postTime, writeTime);
    }

    /// <summary>Batches planned but not yet rendered: enough that the renders never wait, few enough to hold little.</summary>
    private const int PlannedAhead = 2;

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
            peakMemoryMB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
            counters = Report.Counters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(),
            stages = Report.Timings.Select(t => new { stage = t.Stage, seconds = Math.Round(t.Elapsed.TotalSeconds, 3), items = t.Items, perSecond = Math.Round(t.ItemsPerSecond, 1) }),
            errors = Report.CountOf(Severity.Error),
            warnings = Report.CountOf(Severity.Warning),
            diagnostics = Report.Diagnostics.Select(d => new { severity = d.Severity.ToString().ToLowerInvariant(), d.Stage, d.File, d.Line, d.Column, d.Message }),
        }, ReportJson);
        // Written beside and then renamed, so a reader of the report never sees half of it.
        var path = ReportPath(options);
        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(temporary, json + "\n");
        File.Move(temporary, path, overwrite: true);
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
