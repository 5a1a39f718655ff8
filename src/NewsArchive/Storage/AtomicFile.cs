using System.Globalization;
using System.Text;

namespace NewsArchive.Storage;

/// <summary>
/// Replaces a file whole or not at all: the bytes go to a temporary file beside it, which is then renamed over it, so
/// a reader (or the next build, after a crash or a full disk) sees the old file or the new one, never half of one.
/// The one way the build writes its state, caches and report.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, creating its folder when missing.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
        var temporary = TemporaryFor(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static void WriteBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>UTF-8 without a byte-order mark; lines end with "\n" whatever the platform.</summary>
    public static void WriteText(string path, string text) => Write(path, stream =>
    {
        using var writer = Writer(stream);
        writer.Write(text);
    });

    /// <summary>Each line followed by "\n", in UTF-8 without a byte-order mark.</summary>
    public static void WriteLines(string path, IEnumerable<string> lines) => Write(path, stream =>
    {
        using var writer = Writer(stream);
        foreach (var line in lines)
            writer.WriteLine(line);
    });

    /// <summary>A text writer over the temporary file, for a caller that writes line by line.</summary>
    public static StreamWriter Writer(Stream stream) => new(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    /// <summary>
    /// Unique to this process and thread, so two writers of one path never share a temporary file; it ends in ".tmp",
    /// which readers of a folder (the commit journal's recovery) recognise as never complete.
    /// </summary>
    public static string TemporaryFor(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.tmp");

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
