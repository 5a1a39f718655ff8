using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Output;

/// <summary>
/// Writes the files that changed into a staging folder beside the output folder, and moves them into the site
/// only when the build is complete, so a build that fails or is killed before then leaves the previous site as
/// it was. The move is journaled: a build killed while moving is finished by the next one. Files whose bytes are
/// unchanged are not touched at all, so a rebuild costs what changed, not what the site holds, and a preview
/// server or an upload tool watching the folder sees only real changes. No path, whatever the input named,
/// leaves the site folder.
/// </summary>
public sealed class WriteSite
{
    public const string StageName = "write";

    private const string StagingMark = ".staging-";
    private const string JournalMark = ".commit-";

    // Staging folders of builds running in this process, so a second build in the same process never deletes them.
    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);
    private static int _sequence;

    private readonly string _output;
    private readonly string _staging;
    private readonly string _journal;
    private readonly BuildReport _report;
    private readonly ConcurrentBag<string> _staged = [];
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private bool _finished;

    public WriteSite(string outputDirectory, BuildReport report)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _report = report;
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("the output folder cannot be a file-system root", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        RecoverAndClean(parent, Path.GetFileName(_output));
        var id = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}");
        _staging = Path.Combine(parent, $".{Path.GetFileName(_output)}{StagingMark}{id}");
        _journal = Path.Combine(parent, $".{Path.GetFileName(_output)}{JournalMark}{id}");
        Active[_staging] = 0;
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Site paths written so far (relative, forward slashes).</summary>
    public HashSet<string> Produced { get; } = new(StringComparer.Ordinal);

    private int _written;

    /// <summary>Files whose bytes differ from the previous site's (new or changed).</summary>
    public int Written => _written;

    /// <summary>The folder the changed files wait in until <see cref="Commit"/> moves them into the site.</summary>
    public string StagingDirectory => _staging;

    /// <summary>
    /// Writes one file and returns where its bytes now are: the staging folder for a new or changed file, the site
    /// itself for a file equal to the previous site's (or vouched for by the render cache), which is left alone.
    /// A path that would leave the site, or one written twice, is an error and skipped (null).
    /// Thread-safe: files are written from parallel batches.
    /// </summary>
    public string? Write(SiteFile file)
    {
        if (SitePath.Resolve(_staging, file.Path) is not { } path)
        {
            _report.Error(StageName, null, $"refused to write '{Printable(file.Path)}': the path would leave the site folder or is not a plain relative path");
            return null;
        }
        bool added;
        lock (Produced)
            added = Produced.Add(file.Path);
        if (!added)
        {
            _report.Error(StageName, null, $"two pages render to the same path {Printable(file.Path)}; the first is kept");
            return null;
        }
        var previous = Path.Combine(_output, file.Path);
        if (file.Unchanged || Unchanged(previous, file.Content))
            return previous;
        var folder = Path.GetDirectoryName(path)!;
        // One mkdir per folder, not one per file: a thousand search shards share one folder.
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        File.WriteAllBytes(path, file.Content);
        _staged.Add(file.Path);
        Interlocked.Increment(ref _written);
        return path;
    }

    /// <summary>
    /// Moves the changed files into the site and deletes the files an earlier build wrote that this build no longer
    /// produces. Returns how many were deleted. Only files in the site's manifest (<see cref="SiteOwnership"/>) are ever
    /// deleted: a file someone else put there (a CNAME, a .git of a gh-pages worktree) stays. The new manifest moves in
    /// last, by the same journal, so it never names fewer files than the site holds of ours. The first build of a
    /// folder renames the whole staging folder, manifest included, into place.
    /// </summary>
    public int Commit()
    {
        File.WriteAllText(Path.Combine(_staging, SiteOwnership.FileName), SiteOwnership.Manifest(Produced));
        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
            Finish();
            return 0;
        }
        var owned = SiteOwnership.Owned(_output)
            ?? (SiteOwnership.LooksLikeEarlierSite(_output) ? SiteOwnership.OwnedByEarlierSite(_output, Produced) : []);
        var removed = owned
            .Where(f => !Produced.Contains(f) && !IsHidden(f) && SitePath.Resolve(_output, f) is { } full && File.Exists(full))
            .Order(StringComparer.Ordinal)
            .ToList();
        List<string> moves = [.. _staged.Order(StringComparer.Ordinal)];
        // While the files move in, the site's manifest names the old files and the new: a build killed halfway never
        // leaves a file of ours that no manifest claims. The exact one replaces it last.
        var union = Path.Combine(_staging, SiteOwnership.FileName + ".union");
        File.WriteAllText(union, SiteOwnership.Manifest(owned.Concat(Produced).Distinct(StringComparer.Ordinal)));
        File.Move(union, Path.Combine(_output, SiteOwnership.FileName), overwrite: true);
        // The journal is complete on disk before the first file moves: if the process dies while moving, the next
        // build finds it and finishes the move, so the site never stays half old, half new.
        Storage.AtomicFile.WriteLines(_journal, [Path.GetFileName(_staging), .. moves.Select(m => "M " + m), .. removed.Select(r => "D " + r), "M " + SiteOwnership.FileName]);
        RollForward(_journal, Path.GetDirectoryName(_output)!, Path.GetFileName(_output));
        Finish();
        return removed.Count;
    }

    /// <summary>Throws away the staging folder of a build that failed; the previous site is untouched.</summary>
    public void Abandon()
    {
        if (_finished) return;
        Finish();
        DeleteQuietly(_staging);
    }

    private void Finish()
    {
        _finished = true;
        Active.TryRemove(_staging, out _);
    }

    /// <summary>Top-level entries whose name starts with a dot belong to other tools (.git, .nojekyll), not to the build.</summary>
    private static bool IsHidden(string relative) => relative.StartsWith('.');

    private static bool Unchanged(string previous, byte[] content)
    {
        var info = new FileInfo(previous);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(content);
    }

    /// <summary>
    /// Carries out a commit journal: moves each staged file into the site (a rename, atomic per file), deletes the
    /// files named for deletion and the folders they leave empty, then removes the staging folder and the journal.
    /// Safe to run again on a journal half carried out.
    /// </summary>
    private static void RollForward(string journal, string parent, string name)
    {
        var lines = File.ReadAllLines(journal);
        var output = Path.Combine(parent, name);
        var staging = Path.Combine(parent, lines[0]);
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var relative = line[2..];
            if (SitePath.Resolve(output, relative) is not { } target)
                continue;
            if (line[0] == 'M')
            {
                var source = Path.Combine(staging, relative);
                if (!File.Exists(source))
                    continue; // moved before the process died
                if (made.Add(Path.GetDirectoryName(target)!))
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(source, target, overwrite: true);
            }
            else if (File.Exists(target))
            {
                File.Delete(target);
                emptied.Add(Path.GetDirectoryName(target)!);
            }
        }
        // Deepest first, so a folder emptied by removing its only subfolder goes too.
        foreach (var dir in emptied.OrderByDescending(d => d.Length))
            for (var d = dir; d.Length > output.Length && Directory.Exists(d) && !Directory.EnumerateFileSystemEntries(d).Any(); d = Path.GetDirectoryName(d)!)
                Directory.Delete(d);
        DeleteQuietly(staging);
        File.Delete(journal);
    }

    /// <summary>
    /// Finishes the commit of a build that died while moving its files in, then removes the staging folders of
    /// earlier builds that died before committing (their process is gone).
    /// </summary>
    private static void RecoverAndClean(string parent, string name)
    {
        foreach (var journal in Directory.EnumerateFiles(parent, "." + name + JournalMark + "*").Order(StringComparer.Ordinal))
        {
            if (journal.EndsWith(".tmp", StringComparison.Ordinal))
                File.Delete(journal); // died before the journal was complete: nothing moved yet
            else if (!IsRunning(Path.GetFileName(journal)[(name.Length + 1 + JournalMark.Length)..]))
                RollForward(journal, parent, name);
        }
        foreach (var dir in Directory.EnumerateDirectories(parent, "." + name + StagingMark + "*").Order(StringComparer.Ordinal))
        {
            if (!Active.ContainsKey(dir) && !IsRunning(Path.GetFileName(dir)[(name.Length + 1 + StagingMark.Length)..]))
                DeleteQuietly(dir);
        }
    }

    private static bool IsRunning(string pidAndSequence)
    {
        var dash = pidAndSequence.IndexOf('-');
        if (!int.TryParse(dash < 0 ? pidAndSequence : pidAndSequence[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return false;
        if (pid == Environment.ProcessId)
            return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }

    private static string Printable(string path) => string.Concat(path.Select(c => char.IsControl(c) ? '?' : c));
}
