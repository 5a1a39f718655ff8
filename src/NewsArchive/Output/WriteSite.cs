using NewsArchive.Pipeline;
using NewsArchive.Rendering;

namespace NewsArchive.Output;

/// <summary>
/// Writes the site. A file whose bytes are unchanged is not rewritten (so its timestamp and any
/// upload tool's diff stay quiet), and files from earlier builds that this build did not produce are removed.
/// </summary>
public sealed class WriteSite
{
    public const string StageName = "write";

    public HashSet<string> Produced { get; } = new(StringComparer.Ordinal);

    private int _written;

    public int Written => _written;

    /// <summary>Writes one file unless the same bytes are already there. Thread-safe: files are written from parallel batches.</summary>
    public void Write(string outputDirectory, SiteFile file)
    {
        var path = Path.Combine(outputDirectory, file.Path);
        Claim(file.Path);
        if (file.Unchanged)
            return; // the render cache vouched that the file on disk is this build's
        if (File.Exists(path) && new FileInfo(path).Length == file.Content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Content))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.Content);
        Interlocked.Increment(ref _written);
    }

    private void Claim(string path)
    {
        lock (Produced)
            if (!Produced.Add(path))
                throw new InvalidOperationException($"two pages render to the same path {path}");
    }

    /// <summary>Deletes files of earlier builds that this build did not produce, and folders left empty.</summary>
    public int RemoveStale(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
            return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
            if (Produced.Contains(relative)) continue;
            File.Delete(file);
            removed++;
        }
        foreach (var dir in Directory.EnumerateDirectories(outputDirectory, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
                Directory.Delete(dir);
        return removed;
    }
}
