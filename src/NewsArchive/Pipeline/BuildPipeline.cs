using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.PageImages;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Rendering.Views;
using NewsArchive.Search;
using NewsArchive.State;

namespace NewsArchive.Pipeline;

/// <summary>
/// The whole build, stage by stage: read -> segment -> enrich -> assemble (<see cref="PrepareArchive"/>) -> index ->
/// render -> post-process -> write.
/// The pages are read by the first stage and the site written by the last; the content caches are read and written by
/// the stages that use them, and the index stage and the render cache also read the output folder (README, "How it is
/// built"). The last build's state (<see cref="BuildState"/>) is read once here and handed to the stages read-only; the
/// new one is saved once, after the commit.
/// </summary>
public sealed class BuildPipeline(BuildOptions options, IProgressSink? progress = null)
{
    private readonly IProgressSink _progress = progress ?? NoProgress.Instance;

    public BuildReport Report { get; } = new();

    /// <summary>Articles re-indexed, at most, for the pages to render while the index stage runs.</summary>
    private const int RenderAlongsideMost = 2000;

    /// <summary>Files rendered, post-processed and written together on all cores; small enough to keep memory flat.</summary>
    private const int BatchSize = 256;

    public BuildResult Run()
    {
        // Before anything is read or written: a folder that is not ours, or overlaps the input, is never touched.
        if (CheckOutputFolder.Problem(options.InputDirectory, options.OutputDirectory, options.ThemeDirectory) is { } problem)
            throw new BuildRefusedException(problem);
        // One build at a time on these caches and into this folder: two at once doubled every new article in search.
        using var cacheLock = FolderLock.Take(CacheLockPath(options), $"the input's cache {options.CacheDirectory}", options.LockWait);
        using var outputLock = FolderLock.Take(OutputLockPath(options), $"the output folder {Path.GetFullPath(options.OutputDirectory)}", options.LockWait);
        if (!options.Incremental)
            ClearCaches(options.CacheDirectory);
        var total = Stopwatch.StartNew();
        try
        {
            return RunLocked(total);
        }
        catch (Exception e) when (DiskFull.Is(e))
        {
            // Said once, in the report too if there is room left for it; the staging folder was already thrown away.
            var message = DiskFull.Message(e, Path.GetFullPath(options.OutputDirectory));
            Report.Error(WriteSite.StageName, null, message);
            try { WriteReport(new BuildResult(Report, total.Elapsed)); }
            catch (IOException) { }
            throw new BuildFailedException(message, e);
        }
    }

    /// <summary>The lock of the input's caches, inside them.</summary>
    public static string CacheLockPath(BuildOptions options) => Path.Combine(options.CacheDirectory, "lock");

    /// <summary>The output folder's lock, beside it (the first build renames its staging folder into place).</summary>
    public static string OutputLockPath(BuildOptions options)
    {
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + ".lock");
    }

    /// <summary>
    /// A clean build starts every cache from nothing (segmentation, enrichment, renders, the search index and its
    /// export state), so it also mends any cache an earlier build left wrong. The lock file stays: it is held.
    /// </summary>
    private static void ClearCaches(string cacheDirectory)
    {
        if (!Directory.Exists(cacheDirectory))
            return;
        foreach (var entry in new DirectoryInfo(cacheDirectory).EnumerateFileSystemInfos())
        {
            if (entry.Name == "lock")
                continue;
            if (entry is DirectoryInfo { LinkTarget: null } dir)
                dir.Delete(recursive: true);
            else
                entry.Delete();
        }
    }

    private BuildResult RunLocked(Stopwatch total)
    {
        var previousSite = ReadSiteWeight(ReportPath(options), options.OutputDirectory);
        var prepare = new PrepareArchive(options, Report, _progress);
        var english = prepare.English(callService: !options.Offline);
        var caches = options.Incremental ? BuildCaches.Load(options, english.Service is not null) : null;
        caches?.LoadRenderAhead();
        // The last build's state, read once, on another thread while the pages are read; the stages get it read-only
        // and the new state is saved once, after the site is committed. A clean build starts from none.
        var statePath = BuildStateFile.PathIn(options.CacheDirectory);
        var loading = Task.Run(() => options.Incremental ? BuildStateFile.Load(statePath) : BuildState.Empty);
        var archive = prepare.Run(english, caches);
        var previous = loading.GetAwaiter().GetResult();
        // What changed since the last build, by each article's enrichment key (its content, id and enrichment inputs).
        archive = archive with { Changes = caches is null ? null : previous.ChangesTo(caches.Enrichment.KeysById) };
        var pageImages = options.PageImages
            ? StageTimer.Run(Report, RenderPageImages.StageName,
                () => new RenderPageImages(options.InputDirectory, options.CacheDirectory) { Reuse = options.Incremental }
                    .Run([.. archive.Issues.SelectMany(i => i.Pages)], Report, options.Parallelism), r => r.Count)
            : new Dictionary<string, PageImage>();
        if (archive.Changes is { FirstBuild: false } changes)
        {
            Report.Count("articles added", changes.Added.Count);
            Report.Count("articles changed", changes.Changed.Count);
            Report.Count("articles removed", changes.Removed.Count);
        }
        Func<string, string, bool>? onDisk = caches is null ? null : (path, key) => caches.Render.Fresh(path, key) is not null;

        // From here three things share the cores: the pages are planned on a thread of their own (browse indexes,
        // listing views: what the renders waited for), the search index is updated and exported on another (mostly
        // one core's work), and the pages render as soon as the related articles, all they need of the articles'
        // search side, are found. The browser's search files are written once the index stage has made them.
        // A first or clean build, or one that re-indexes many articles, indexes on all cores first: rendering beside it
        // gained nothing and held the index's memory and the renders' at once (2 GB at 100,000 articles).
        var alongside = archive.Changes is { FirstBuild: false } c && c.Added.Count + c.Changed.Count + c.Removed.Count <= RenderAlongsideMost
            && Directory.Exists(LuceneIndex.PathFor(options.InputDirectory));
        var sharedCpu = StageTimer.ProcessorTime();
        // Before any stage starts: a theme that cannot be read stops the build with nothing running.
        var templates = new ThemeTemplates(options.ThemeDirectory, ViewTypes.All, options.StrictTemplates);
        // The stages from here, each a task named with its inputs, in the order they need each other: the articles as
        // the index holds them; the related lists from those and the last state; the index and export from the same;
        // the pages, planned on a thread of their own, rendering once the related lists are found.
        var documents = Alongside(() => archive.Articles.Select(ArticleDocument.From).ToList());
        var related = Alongside(() =>
        {
            var found = documents.GetAwaiter().GetResult();
            return StageTimer.RunAlongside(Report, RelateArticles.StageName, () => new RelateArticles().Run(found, options.Parallelism, previous.Related), _ => found.Count);
        });
        var index = Alongside(() =>
        {
            var found = documents.GetAwaiter().GetResult();
            return Exported(StageTimer.RunAlongside(Report, IndexArticles.StageName,
                () => new IndexArticles().Run(found, options, Report, onDisk, previous.Export), _ => found.Count));
        });
        var render = new RenderSite(templates, options.BaseUrl, () => related.Result.Lists, caches?.Render) { PageImages = pageImages, Review = options.Review, Siblings = options.Siblings };
        using var planned = new PlanAhead<Func<SiteFile>>(render.Plan(archive, Report), BatchSize, PlannedAhead);

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
            // Waited for here, not by the renders on the pool's threads, which the stages' own parallel loops need.
            related.GetAwaiter().GetResult();
            if (!alongside)
                index.GetAwaiter().GetResult();
            _progress.StageStarted(RenderSite.StageName, 0);
            var indexWait = new Stopwatch();
            (files, renderTime, postTime, writeTime) = RenderPostProcessWrite(Batches(planned, index, indexWait), postProcess, writer, caches);
            // The wait for the index stage at the end is the index stage's time, already in its row.
            renderTime -= indexWait.Elapsed;
            _progress.StageFinished(RenderSite.StageName);
            // One processor time for the stages that share the cores, from the related articles on.
            StageTimer.CountProcessorTime(Report, "related+index+render+postprocess+write", StageTimer.ProcessorTime() - sharedCpu);
            postProcess.CheckLinks(writer.Produced, Report);
            sw.Restart();
            removed = writer.Commit();
            committed = true;
            // Once, whole, when the site holds what it describes; before the render cache, so a state saved without
            // the cache's word on its search files is never built upon.
            var exported = index.GetAwaiter().GetResult();
            if (caches is not null)
                BuildStateFile.Save(statePath, new BuildState(caches.Enrichment.KeysById, related.Result, exported.State));
            exported.Commit();
            commitTime = sw.Elapsed;
            writeTime += commitTime;
        }
        finally
        {
            if (!committed)
            {
                writer.Abandon();
                // The index stage writes under the input's cache folder: it finishes before the build gives up.
                try { index.Wait(); } catch (AggregateException) { }
            }
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

        sw.Restart();
        // The ownership manifest is uploaded with the site, so it counts against the host's limits too.
        var site = SiteWeight.Measure(options.OutputDirectory, writer.Produced.Append(SiteOwnership.FileName), documents.Result.Count);
        var budget = options.Budget ?? SiteBudget.Load(options.InputDirectory, Report);
        budget = budget with { MaxBytes = options.MaxSiteBytes ?? budget.MaxBytes, MaxFiles = options.MaxSiteFiles ?? budget.MaxFiles };
        new CheckBudget().Run(site, previousSite, budget, Report);
        Report.Time(CheckBudget.StageName, sw.Elapsed, site.Files);

        var result = new BuildResult(Report, total.Elapsed) { Site = site, Budget = budget };
        WriteReport(result);
        return result;
    }

    /// <summary>
    /// The browser's search files (625 MB at 100,000 articles) in a queue the writes empty, so each is let go of as it is
    /// written rather than held while the pages render; and what to do once the site holds them.
    /// </summary>
    private sealed record ExportedFiles(Queue<SiteFile> Files, ExportState State, Action Commit);

    /// <summary>A stage on a thread of its own: the pool's threads are for the stages' parallel loops, and a stage that waits there starves them.</summary>
    private static Task<T> Alongside<T>(Func<T> run) =>
        Task.Factory.StartNew(run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static ExportedFiles Exported(SearchOutput search) => new(new Queue<SiteFile>(search.Files), search.State, search.Commit);

    /// <summary>
    /// The batches to render and write: the planned pages, with the search files taken in as soon as the index stage
    /// has made them (so they are let go of early), and at the end whatever of them is left, waiting for the stage if
    /// need be.
    /// </summary>
    /// <param name="indexWait">Runs while the renders wait for the index stage.</param>
    private static IEnumerable<Func<SiteFile>[]> Batches(PlanAhead<Func<SiteFile>> planned, Task<ExportedFiles> index, Stopwatch indexWait)
    {
        IEnumerable<Func<SiteFile>[]> Exported()
        {
            var files = index.GetAwaiter().GetResult().Files;
            while (files.Count > 0)
            {
                var batch = new Func<SiteFile>[Math.Min(BatchSize, files.Count)];
                for (var i = 0; i < batch.Length; i++)
                {
                    var file = files.Dequeue();
                    batch[i] = () => file;
                }
                yield return batch;
            }
        }
        while (planned.Next() is { } batch)
        {
            yield return batch;
            if (index.IsCompleted)
                foreach (var exported in Exported())
                    yield return exported;
        }
        indexWait.Start();
        // A failed index stage surfaces as its own exception, not wrapped by the task.
        index.GetAwaiter().GetResult();
        indexWait.Stop();
        foreach (var exported in Exported())
            yield return exported;
    }

    /// <summary>
    /// Renders, post-processes and writes the site a batch at a time: the renders of a batch run on all cores while the
    /// plan (views, in output order) is read ahead on a thread of its own, at most <see cref="PlannedAhead"/> batches
    /// ahead so memory stays flat. Planning was a third of a no-change rebuild's rendering when the cores waited for it.
    /// Each stage's time is its share of the batch's wall time, in proportion to the processor time it took, so the
    /// stages still add up to the build's time.
    /// </summary>
    private (int Files, TimeSpan Render, TimeSpan Post, TimeSpan Write) RenderPostProcessWrite(
        IEnumerable<Func<SiteFile>[]> batches, PostProcessHtml postProcess, WriteSite writer, BuildCaches? caches)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        TimeSpan renderTime = TimeSpan.Zero, postTime = TimeSpan.Zero, writeTime = TimeSpan.Zero;
        var files = 0;
        using var next = batches.GetEnumerator();
        while (true)
        {
            var waited = Stopwatch.StartNew();
            var more = next.MoveNext();
            renderTime += waited.Elapsed;
            if (!more)
                break;
            var batch = next.Current;
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

    /// <summary>
    /// The machine-readable report goes beside the site (not in it), named after it: OUTPUT/../NAME.build-report.json, so
    /// two sites built into one folder keep a report each.
    /// </summary>
    public static string ReportPath(BuildOptions options)
    {
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".build-report.json");
    }

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
            site = result.Site is { } w ? new
            {
                bytes = w.Bytes,
                files = w.Files,
                articles = w.Articles,
                bytesPerArticle = Math.Round(SiteWeight.PerArticle(w.Bytes, w.Articles)),
                filesPerArticle = Math.Round(SiteWeight.PerArticle(w.Files, w.Articles), 3),
                maxBytes = result.Budget?.MaxBytes,
                maxFiles = result.Budget?.MaxFiles,
                parts = w.Parts.Select(p => new
                {
                    part = p.Part,
                    bytes = p.Bytes,
                    files = p.Files,
                    bytesPerArticle = Math.Round(SiteWeight.PerArticle(p.Bytes, w.Articles)),
                    filesPerArticle = Math.Round(SiteWeight.PerArticle(p.Files, w.Articles), 3),
                }),
            } : null,
            errors = Report.CountOf(Severity.Error),
            warnings = Report.CountOf(Severity.Warning),
            diagnostics = Report.Diagnostics.Select(d => new { severity = d.Severity.ToString().ToLowerInvariant(), d.Stage, d.File, d.Line, d.Column, d.Message }),
        }, ReportJson);
        // A reader of the report never sees half of it.
        Storage.AtomicFile.WriteText(ReportPath(options), json + "\n");
    }

    /// <summary>The site's weight as the last build's report gave it, when that report was for this output folder.</summary>
    private static SiteWeight? ReadSiteWeight(string reportPath, string output)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(reportPath));
            var root = json.RootElement;
            if (root.GetProperty("output").GetString() != output || !root.TryGetProperty("site", out var site))
                return null;
            return new SiteWeight(site.GetProperty("articles").GetInt32(), [.. site.GetProperty("parts").EnumerateArray()
                .Select(p => new PartWeight(p.GetProperty("part").GetString()!, p.GetProperty("bytes").GetInt64(), p.GetProperty("files").GetInt32()))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // no report yet, or one from an older version: growth is then told per article
        }
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
    /// <summary>What the site weighs, part by part, once the build is in it.</summary>
    public SiteWeight? Site { get; init; }

    /// <summary>The host's limits it was checked against.</summary>
    public SiteBudget? Budget { get; init; }

    /// <summary>0 when all went well, 1 when some input had errors (the rest still built).</summary>
    public int ExitCode => Report.HasErrors ? 1 : 0;
}
