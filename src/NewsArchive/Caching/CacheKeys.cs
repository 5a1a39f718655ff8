using System.Buffers;
using System.IO.Hashing;
using System.Reflection;
using System.Text;

namespace NewsArchive.Caching;

/// <summary>
/// The one content hash that keys and states are made of, and the one rule for which code made them. The hash is
/// XxHash128: the input is the librarian's, not an attacker's, so a fast hash with 128 bits (an accidental collision out
/// of reach) is enough. SHA-256 stays only where a hash is part of the site (a paper's or a term's URL, the gloss's
/// version on an article page) or names the librarian's own files (the translation memory), where changing it would
/// change the output or orphan them.
/// </summary>
public static class CacheKeys
{
    /// <summary>
    /// Identifies the build's code, and is part of every cache and state the build keeps (segmentation, enrichment,
    /// renders, related lists, the search index and its export). Builds are deterministic, so an assembly's MVID changes
    /// exactly when its compiled code does: any change to a segmenter, enricher or view invalidates what it cached, with
    /// no version to bump by hand.
    /// </summary>
    public static string Code { get; } = ComputeCode();

    public static string Hash(params string?[] parts)
    {
        // The parts are encoded into one buffer and hashed in one call: a render key is made for every page of every
        // build, and an incremental hash with an array per part cost more than the hashing.
        var length = 0;
        foreach (var part in parts)
            length += Encoding.UTF8.GetMaxByteCount((part ?? "\0null").Length) + 2;
        byte[]? rented = null;
        var buffer = length <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var at = 0;
        foreach (var part in parts)
        {
            at += Encoding.UTF8.GetBytes(part ?? "\0null", buffer[at..]);
            "\0\n"u8.CopyTo(buffer[at..]);
            at += 2;
        }
        Span<byte> digest = stackalloc byte[16];
        XxHash128.Hash(buffer[..at], digest);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(digest);
    }

    public static string HashBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    /// <summary>The hex of an incremental hash's digest, for a key made of many parts appended one by one.</summary>
    public static string Hex(XxHash128 hash) => Convert.ToHexStringLower(hash.GetCurrentHash());

    /// <summary>The hash of a file's bytes, or "none" when it does not exist.</summary>
    /// A file that is not a regular one (a link to a device, a FIFO) is never opened: it is keyed by what it is, and the
    /// stage that would read it refuses it with a message.
    public static string HashFile(string? path)
    {
        if (path is null || !File.Exists(path))
            return "none";
        if (Ingest.InputFiles.KindOf(path) is { } kind)
            return "not a regular file: " + kind;
        // A file far above any sidecar's size is refused by its reader: its size and time say enough, without reading 2 GB.
        if (new FileInfo(path) is { Length: > 64L << 20 } big)
            return $"big: {big.Length} {big.LastWriteTimeUtc.Ticks}";
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var hash = new XxHash128();
            hash.Append(stream);
            return Hex(hash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    /// <summary>The hash of every file under a folder (paths and bytes), for template sets.</summary>
    public static string HashFolder(string folder)
    {
        if (!Directory.Exists(folder))
            return "none";
        var parts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), f))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .SelectMany(p => new[] { p.Item1, HashFile(p.f) });
        return Hash([.. parts]);
    }

    private static string ComputeCode()
    {
        var self = typeof(CacheKeys).Assembly;
        var ours = new SortedDictionary<string, string>(StringComparer.Ordinal) { [self.GetName().Name!] = self.ManifestModule.ModuleVersionId.ToString() };
        foreach (var reference in self.GetReferencedAssemblies())
        {
            // Third-party libraries (Lucene's analyzers, Fluid) change results too: their versions are in the key.
            try
            {
                var assembly = Assembly.Load(reference);
                ours[reference.Name!] = assembly.ManifestModule.ModuleVersionId.ToString();
            }
            catch (Exception e) when (e is IOException or BadImageFormatException)
            {
                ours[reference.Name!] = reference.Version?.ToString() ?? "?";
            }
        }
        return Hash([.. ours.Select(kv => kv.Key + "=" + kv.Value)]);
    }
}
