using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsArchive.Ingest;

/// <summary>
/// The one way a build reads a file of the librarian's input (pages, sidecars, corrections, the translation memory,
/// newsarchive.yml, a theme kept under the input): only regular files, never through a symbolic link that leaves the
/// input, and never more bytes than the limit, counted on what is read rather than on the size the file system
/// reports (a device such as /dev/zero reports 0 and never ends; a FIFO never answers). Every refusal is a sentence
/// for a message naming the file.
/// </summary>
public static class InputFiles
{
    /// <summary>Sidecars (paper.yml, issue.yml, page .yml, .en.yml, corrections, newsarchive.yml): hand-written, a few KB.</summary>
    public const long MaxSidecarBytes = 256L * 1024;

    /// <summary>One shard of the translation memory (256 shards hold the memory): far above any archive's.</summary>
    public const long MaxMemoryShardBytes = 256L * 1024 * 1024;

    /// <summary>A theme's file (a template, a stylesheet, a font): far above any real one.</summary>
    public const long MaxThemeFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// A theme's file, read under the same rules with the theme folder as its root; a refusal stops the build with a
    /// message naming the file, since a site without one of its templates or assets is not complete.
    /// </summary>
    public static byte[] ReadTheme(string path, string theme)
    {
        var read = Read(path, theme, MaxThemeFileBytes);
        return read.Bytes ?? throw new InvalidDataException($"theme file {Path.GetRelativePath(theme, path)}: {read.Error}");
    }

    /// <summary>
    /// Reads <paramref name="path"/>, which must lie in <paramref name="root"/> once every symbolic link is followed.
    /// </summary>
    public static InputRead Read(string path, string root, long maxBytes)
    {
        if (Refusal(path, root) is { } refused)
            return new InputRead(null, refused, TooBig: false, LeavesInput: refused.Contains(OutsideMark, StringComparison.Ordinal));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            // The reported length only sizes the buffer; the limit holds on the bytes themselves.
            var buffer = new byte[(int)Math.Clamp(SafeLength(stream), 0, maxBytes + 1)];
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                        return new InputRead(null, TooBigMessage(maxBytes), TooBig: true);
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, Math.Max(4096, (long)buffer.Length * 2)));
                }
                var n = stream.Read(buffer, filled, buffer.Length - filled);
                if (n == 0)
                    break;
                filled += n;
            }
            return new InputRead(filled == buffer.Length ? buffer : buffer[..filled], null, TooBig: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputRead(null, "cannot read the file: " + e.Message, TooBig: false);
        }
    }

    /// <summary>The file's text as UTF-8 (a BOM dropped), or the refusal: for YAML and JSON the build reads whole.</summary>
    public static (string? Text, string? Error) ReadText(string path, string root, long maxBytes)
    {
        var read = Read(path, root, maxBytes);
        return read.Bytes is { } bytes ? (Utf8(bytes), null) : (null, read.Error);
    }

    /// <summary>UTF-8 bytes as text, a BOM dropped (as File.ReadAllText does).</summary>
    public static string Utf8(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes);

    /// <summary>
    /// Why the file must not be read, or null: a symbolic link whose target leaves the input, a dangling or looping
    /// link, or anything that is not a regular file (a device, a FIFO, a socket, a folder).
    /// </summary>
    public static string? Refusal(string path, string root)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                    return "a symbolic link that leads nowhere; skipped";
                if (!Inside(RealPath(target.FullName), RealFolder(root)))
                    return $"a symbolic link to '{target.FullName}', {OutsideMark}; skipped: copy the file in instead";
            }
            else if (!Inside(RealFolder(Path.GetDirectoryName(Path.GetFullPath(path))!), RealFolder(root)))
                return $"a folder on the file's path is a symbolic link, and the file lies {OutsideMark}; skipped";
            return KindOf(path) is { } kind ? $"not a regular file but {kind}; skipped" : null;
        }
        catch (IOException e)
        {
            return "cannot follow the file's symbolic links: " + e.Message;
        }
    }

    private const string OutsideMark = "outside the input folder";

    private static string TooBigMessage(long maxBytes) => string.Create(CultureInfo.InvariantCulture,
        $"the file holds more than {(maxBytes < 1048576 ? $"{maxBytes / 1024} KB" : $"{maxBytes / 1048576.0:0.#} MB")}, the most a file of its kind may hold; not read");

    private static long SafeLength(FileStream stream)
    {
        try { return stream.Length; }
        catch (IOException) { return 0; }
        catch (NotSupportedException) { return 0; }
    }

    private static bool Inside(string path, string root)
    {
        var r = root.TrimEnd(Path.DirectorySeparatorChar);
        return path == r || path.StartsWith(r + Path.DirectorySeparatorChar, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    // Folders' real paths, asked once per folder rather than once per file: a page's folder holds dozens of files.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Folders = new(StringComparer.Ordinal);

    private static string RealFolder(string folder)
    {
        if (Folders.Count > 100_000)
            Folders.Clear();
        return Folders.GetOrAdd(Path.GetFullPath(folder), RealPath);
    }

    /// <summary>The path with every symbolic link along it followed (what realpath(3) gives), for a path that exists.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var hops = 0;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not null)
            {
                if (++hops > 40)
                    throw new IOException("too many levels of symbolic links");
                var target = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                next = target is null ? next : RealPath(target.FullName);
            }
            current = next;
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }

    /// <summary>What a non-regular file is ("a character device"), or null for a regular file; statx(2) on Linux.</summary>
    internal static string? KindOf(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Directory.Exists(path) ? "a folder" : null;
        var buffer = new byte[256];
        // statx's layout is the same on every architecture, unlike stat's; the file's type is in stx_mode at byte 28.
        if (Statx(-100, path, 0, 0x1 /* STATX_TYPE */, buffer) != 0)
            return null; // gone or unreadable: opening it will say why
        return (BitConverter.ToUInt16(buffer, 28) & 0xF000) switch
        {
            0x8000 => null,
            0x4000 => "a folder",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0x1000 => "a FIFO (named pipe)",
            0xC000 => "a socket",
            _ => "a special file",
        };
    }

    /// <summary>The file's inode number (Linux), to find who holds a lock on it in /proc/locks.</summary>
    internal static ulong? Inode(string path)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var buffer = new byte[256];
        // stx_ino is the 64-bit number at byte 32 (STATX_INO).
        return Statx(-100, path, 0, 0x100, buffer) == 0 ? BitConverter.ToUInt64(buffer, 32) : null;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}

/// <summary>The bytes of an input file, or why it was not read: <see cref="TooBig"/> when only its size stood in the way,
/// <see cref="LeavesInput"/> when it is a symbolic link out of the input: skipped with a warning, as links to folders are.</summary>
public sealed record InputRead(byte[]? Bytes, string? Error, bool TooBig, bool LeavesInput = false);
