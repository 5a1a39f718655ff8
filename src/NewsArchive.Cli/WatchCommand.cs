using System.CommandLine;
using System.Globalization;
using NewsArchive.Pipeline;

namespace NewsArchive.Cli;

/// <summary>
/// Builds, then rebuilds whenever the input or the theme changes, until Ctrl-C. The process stays up between
/// builds, so a rebuild skips what every build command pays again: starting the runtime, compiling the code, and
/// loading the dictionaries (SmartCn's and CC-CEDICT). A librarian correcting pages sees each save in the site in
/// about two seconds at 10,000 articles (BENCHMARKS.md, Scale). A rebuild is an ordinary incremental build, so a
/// rebuild stopped by Ctrl-C leaves the site as the last one left it.
/// </summary>
internal static class WatchCommand
{
    /// <summary>How long the folders must stay quiet before a rebuild: an editor's save, or a copied issue, is several events.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var arguments = new BuildArguments();
        var command = arguments.AddTo(new Command("watch", "Build the site, then rebuild it whenever the input or the theme changes (Ctrl-C stops)."));
        command.SetAction(parse =>
        {
            if (arguments.Options(parse, stderr) is not { } options)
                return 2;
            using var changes = new FolderChanges([options.InputDirectory, options.ThemeDirectory], Ignored(options));
            var (result, failure) = BuildCommand.Guarded(() => BuildProgress.Run(options, stdout), options, stderr);
            if (result is null)
                return failure;
            BuildSummary.Print(result, options, stdout, stderr);
            stdout.WriteLine($"Watching {options.InputDirectory} and {options.ThemeDirectory} for changes; Ctrl-C stops.");
            stdout.Flush();
            while (true)
            {
                var changed = changes.WaitForQuiet(Quiet);
                Rebuild(options, changed, stdout, stderr);
            }
        });
        return command;
    }

    private static void Rebuild(BuildOptions options, IReadOnlyList<string> changed, TextWriter stdout, TextWriter stderr)
    {
        var what = changed.Count == 0 ? "a change the watcher could not name"
            : changed.Count == 1 ? changed[0] : $"{changed[0]} and {changed.Count - 1} more";
        try
        {
            var result = new BuildPipeline(options).Run();
            var report = result.Report;
            // The warnings of the files just changed, and of the whole build; the rest were shown before (and are all in build-report.json).
            var shown = changed.ToHashSet(StringComparer.Ordinal);
            PrintDiagnostics.Run(report.Diagnostics.Where(d => d.File is null || shown.Contains(d.File)), stdout, stderr);
            var c = report.Counters;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Rebuilt after {PrintDiagnostics.Printable(what)} in {result.Elapsed.TotalSeconds:0.00} s: {c.GetValueOrDefault("articles added")} articles added, {c.GetValueOrDefault("articles changed")} changed, {c.GetValueOrDefault("articles removed")} removed; {c.GetValueOrDefault("files written")} files written; {report.CountOf(Severity.Warning)} warnings, {report.CountOf(Severity.Error)} errors."));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken template, say: the site stays as the last build left it, and the next save tries again.
            stderr.WriteLine($"error: the rebuild after {PrintDiagnostics.Printable(what)} failed, the site is unchanged: {PrintDiagnostics.Printable(e.Message)}");
        }
        stdout.Flush();
    }

    /// <summary>What the build itself writes, where it could be inside a watched folder: the output, its staging folders and the report.</summary>
    private static Func<string, bool> Ignored(BuildOptions options)
    {
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var report = BuildPipeline.ReportPath(options);
        return path => path == report || path == output || path.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}

/// <summary>
/// Changed files under some folders, from the operating system's notifications. Hidden files and folders (a name
/// starting with a dot: the build's own .cache, an editor's swap files, .git) are not changes.
/// </summary>
internal sealed class FolderChanges : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<string, bool> _ignored;
    private readonly List<string> _changed = [];
    private readonly SemaphoreSlim _signal = new(0);
    private long _lastTicks;
    private bool _overflowed;

    public FolderChanges(IEnumerable<string> folders, Func<string, bool> ignored)
    {
        _ignored = ignored;
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Seen(folder, e.FullPath);
            watcher.Created += (_, e) => Seen(folder, e.FullPath);
            watcher.Deleted += (_, e) => Seen(folder, e.FullPath);
            watcher.Renamed += (_, e) => { Seen(folder, e.OldFullPath); Seen(folder, e.FullPath); };
            // Too many changes at once for the notification buffer: something changed, rebuild to be sure.
            watcher.Error += (_, _) => { lock (_changed) _overflowed = true; Signal(); };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Seen(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        if (_ignored(path) || relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            return;
        lock (_changed)
            _changed.Add(relative.Replace('\\', '/'));
        Signal();
    }

    private void Signal()
    {
        Interlocked.Exchange(ref _lastTicks, Environment.TickCount64);
        _signal.Release();
    }

    /// <summary>Blocks until something changed and then nothing more for <paramref name="quiet"/>; returns the changed paths, in order, once each.</summary>
    public IReadOnlyList<string> WaitForQuiet(TimeSpan quiet)
    {
        while (true)
        {
            _signal.Wait();
            while (Environment.TickCount64 - Interlocked.Read(ref _lastTicks) < quiet.TotalMilliseconds)
                Thread.Sleep(quiet / 4);
            while (_signal.Wait(0)) { }
            lock (_changed)
            {
                if (_changed.Count == 0 && !_overflowed)
                    continue;
                var paths = _changed.Distinct(StringComparer.Ordinal).ToList();
                _changed.Clear();
                _overflowed = false;
                return paths;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _signal.Dispose();
    }
}
