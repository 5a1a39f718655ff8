using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Pipeline;

/// <summary>
/// One build at a time per input cache and per output folder: an OS file lock (flock on Linux, a share lock on
/// Windows) on a small file, which the OS releases when the process ends however it ends, so a killed build never
/// leaves a stale lock. The lock file itself stays (deleting it would let a waiter lock a file no one else sees).
/// </summary>
public sealed class FolderLock : IDisposable
{
    // Held in this process: a second build here is named as this process, without asking the OS.
    private static readonly ConcurrentDictionary<string, byte> Held = new(StringComparer.Ordinal);

    private readonly FileStream _stream;
    private readonly string _path;

    private FolderLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>
    /// Takes the lock on <paramref name="path"/>, waiting up to <paramref name="wait"/> for another build to finish;
    /// throws <see cref="BuildRefusedException"/> naming the process that holds it.
    /// </summary>
    /// <param name="what">What the lock guards, for the message ("the output folder /x/_site").</param>
    public static FolderLock Take(string path, string what, TimeSpan wait)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Held.TryAdd(path, 0))
            {
                try
                {
                    // FileShare.None is an exclusive flock(2) on Unix, taken without blocking: a failure is an IOException.
                    return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
                }
                catch (IOException) when (File.Exists(path))
                {
                    Held.TryRemove(path, out _);
                }
            }
            if (clock.Elapsed >= wait)
                throw new BuildRefusedException($"another build is using {what} ({Holder(path)}); wait for it to finish, then build again");
            Thread.Sleep(100);
        }
    }

    /// <summary>Who holds the lock: this process, or the process /proc/locks names for the file (Linux).</summary>
    private static string Holder(string path)
    {
        if (Held.ContainsKey(path))
            return $"held by this process, {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            var inode = Ingest.InputFiles.Inode(path)?.ToString(CultureInfo.InvariantCulture);
            if (inode is not null && File.Exists("/proc/locks"))
                foreach (var line in File.ReadLines("/proc/locks"))
                {
                    // "1: FLOCK  ADVISORY  WRITE 12345 08:01:1234567 0 EOF"
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length >= 6 && parts[5].EndsWith(":" + inode, StringComparison.Ordinal) && int.TryParse(parts[4], CultureInfo.InvariantCulture, out var pid))
                        return $"held by process {pid}{ProcessName(pid)}";
                }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return $"its lock is {path}";
    }

    private static string ProcessName(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return $" ({process.ProcessName})";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return "";
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        Held.TryRemove(_path, out _);
    }
}

/// <summary>A build that must not start (the output folder is not ours, another build holds a lock): a usage error, exit 2.</summary>
public sealed class BuildRefusedException(string message) : Exception(message);

/// <summary>A build that stopped for a reason a librarian can act on (a full disk); its message says what and where. Exit 1.</summary>
public sealed class BuildFailedException(string message, Exception inner) : Exception(message, inner);
