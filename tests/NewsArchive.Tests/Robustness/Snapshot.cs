using System.Security.Cryptography;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// A folder's contents, byte for byte, without ever opening what is not a regular file: a link is recorded by its
/// target, a device or FIFO by its kind (reading /dev/zero or a FIFO would never end).
/// </summary>
public static class Snapshot
{
    public static SortedDictionary<string, string> Of(string folder, string? except = null)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
            return result;
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.TryPop(out var current))
            foreach (var entry in current.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
                if (except is not null && relative.StartsWith(except, StringComparison.Ordinal))
                    continue;
                // A link to a folder is recorded, never followed: it may point back up the tree.
                if (entry is DirectoryInfo { LinkTarget: null } sub)
                    pending.Push(sub);
                result[relative] = entry.LinkTarget is { } target ? "link " + target
                    : entry is DirectoryInfo ? "folder"
                    : NewsArchive.Ingest.InputFiles.KindOf(entry.FullName) is { } kind ? kind
                    : entry is FileInfo { Length: > 64L << 20 } big ? $"big {big.Length} {big.LastWriteTimeUtc.Ticks}"
                    : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            }
        return result;
    }
}
