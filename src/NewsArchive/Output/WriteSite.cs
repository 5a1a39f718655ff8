using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using NewsArchive.Pipeline;
using NewsArchive.Rendering;

namespace NewsArchive.Output;

/// <summary>
/// Writes the site into a staging folder beside the output folder and swaps it in only when the build is
/// complete, so a build that fails or is killed leaves the previous site whole. Files whose bytes are unchanged
/// are hard-linked from the previous site rather than rewritten (their timestamps and any upload tool's diff stay
/// quiet, and a rebuild costs little more than in-place writing). No path, whatever the input named, leaves the
/// staging folder.
/// </summary>
public sealed class WriteSite
{
    public const string StageName = "write";

    private const string StagingMark = ".staging-";
    private const string OldMark = ".old-";

    // Staging folders of builds running in this process, so a second build in the same process never deletes them.
    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);
    private static int _sequence;

    private readonly string _output;
    private readonly string _staging;
    private readonly BuildReport _report;
    private bool _finished;

    public WriteSite(string outputDirectory, BuildReport report)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _report = report;
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("the output folder cannot be a file-system root", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        RecoverAndClean(parent, Path.GetFileName(_output));
        _staging = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture,
            $".{Path.GetFileName(_output)}{StagingMark}{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}"));
        Active[_staging] = 0;
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Site paths written so far (relative, forward slashes).</summary>
    public HashSet<string> Produced { get; } = new(StringComparer.Ordinal);

    private int _written;

    /// <summary>Files whose bytes differ from the previous site's (new or changed).</summary>
    public int Written => _written;

    /// <summary>The folder the site is being written to until <see cref="Commit"/> swaps it in.</summary>
    public string StagingDirectory => _staging;

    /// <summary>
    /// Writes one file into the staging folder and returns where it now is; a path that would leave it, or one
    /// written twice, is an error and skipped (null). Thread-safe: files are written from parallel batches.
    /// A file equal to the previous site's (or vouched for by the render cache) is hard-linked from it, not rewritten.
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
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var previous = Path.Combine(_output, file.Path);
        if (file.Unchanged || Unchanged(previous, file.Content))
        {
            if (FileSystemLinks.TryHardLink(previous, path))
                return path;
            File.Copy(previous, path);
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(previous));
            return path;
        }
        File.WriteAllBytes(path, file.Content);
        Interlocked.Increment(ref _written);
        return path;
    }

    /// <summary>
    /// Swaps the complete staging folder in for the output folder and deletes the previous site. Returns how many
    /// files of the previous site this build no longer produces. Hidden top-level entries the build did not make
    /// (a .git of a gh-pages worktree, say) are carried over, never deleted.
    /// </summary>
    public int Commit()
    {
        var removed = 0;
        if (Directory.Exists(_output))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(_output).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.') && !Produced.Any(p => p == name || p.StartsWith(name + "/", StringComparison.Ordinal)))
                {
                    if (Directory.Exists(entry)) Directory.Move(entry, Path.Combine(_staging, name));
                    else File.Move(entry, Path.Combine(_staging, name));
                    _report.Info(StageName, null, $"kept '{name}' of the previous site folder: the build does not make it");
                }
            }
            removed = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
                .Count(f => !Produced.Contains(Path.GetRelativePath(_output, f).Replace('\\', '/')));

            var old = Path.Combine(Path.GetDirectoryName(_output)!, string.Create(CultureInfo.InvariantCulture,
                $".{Path.GetFileName(_output)}{OldMark}{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}"));
            if (FileSystemLinks.TryExchange(_staging, _output))
            {
                Directory.Move(_staging, old);
            }
            else
            {
                try
                {
                    // Two renames: for an instant there is no output folder; RecoverAndClean puts the old one back
                    // if the process dies in that instant.
                    Directory.Move(_output, old);
                }
                catch (IOException e)
                {
                    ReplaceFileByFile(e.Message);
                    return removed;
                }
                Directory.Move(_staging, _output);
            }
            Finish();
            DeleteQuietly(old);
            return removed;
        }
        Directory.Move(_staging, _output);
        Finish();
        return removed;
    }

    // An output folder that cannot be renamed (a mount point, a folder another program holds open on Windows)
    // is updated file by file instead: not atomic, but the build still lands, and the report says so.
    private void ReplaceFileByFile(string reason)
    {
        _report.Warn(StageName, null, $"the site folder could not be swapped as a whole ({reason}); its files were replaced one by one");
        foreach (var file in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_output, Path.GetRelativePath(_staging, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }
        foreach (var file in Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_output, file).Replace('\\', '/');
            if (!Produced.Contains(relative) && !relative.StartsWith('.'))
                File.Delete(file);
        }
        foreach (var dir in Directory.EnumerateDirectories(_output, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
                Directory.Delete(dir);
        Finish();
        DeleteQuietly(_staging);
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

    private static bool Unchanged(string previous, byte[] content)
    {
        var info = new FileInfo(previous);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(content);
    }

    /// <summary>
    /// Removes staging and old folders of earlier builds that died (their process is gone), and puts back the
    /// previous site if a build died between the two renames of a non-atomic swap.
    /// </summary>
    private static void RecoverAndClean(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        foreach (var dir in Directory.EnumerateDirectories(parent, "." + name + ".*").Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(dir)[(name.Length + 1)..];
            var mark = rest.StartsWith(StagingMark, StringComparison.Ordinal) ? StagingMark : rest.StartsWith(OldMark, StringComparison.Ordinal) ? OldMark : null;
            if (mark is null || Active.ContainsKey(dir) || IsRunning(rest[mark.Length..]))
                continue;
            if (mark == OldMark && !Directory.Exists(output))
            {
                Directory.Move(dir, output);
                continue;
            }
            // A build that died after carrying the hidden entries (.git) of the site into its staging folder:
            // give them back before the folder goes.
            if (Directory.Exists(output))
                foreach (var entry in Directory.EnumerateFileSystemEntries(dir, ".*"))
                {
                    var target = Path.Combine(output, Path.GetFileName(entry));
                    if (Directory.Exists(target) || File.Exists(target)) continue;
                    if (Directory.Exists(entry)) Directory.Move(entry, target); else File.Move(entry, target);
                }
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
