using System.Buffers;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Caching;

/// <summary>Hashes that cache keys are made of.</summary>
public static class CacheKeys
{
    /// <summary>
    /// Identifies the build's code. Builds are deterministic, so an assembly's MVID changes exactly when its compiled
    /// code does: any change to a segmenter, enricher or view invalidates what it cached, with no version to bump by hand.
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
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer[..at], digest);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(digest);
    }

    public static string HashBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of a file's bytes, or "none" when it does not exist.</summary>
    /// A file that is not a regular one (a link to a device, a FIFO) is never opened: it is keyed by what it is, and the
    /// stage that would read it refuses it with a message.
    public static string HashFile(string? path)
    {
        if (path is null || !File.Exists(path))
            return "none";
        if (Ingest.InputFiles.KindOf(path) is { } kind)
            return "not a regular file: " + kind;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
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
