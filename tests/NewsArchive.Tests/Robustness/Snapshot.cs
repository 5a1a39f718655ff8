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
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            if (except is not null && relative.StartsWith(except, StringComparison.Ordinal))
                continue;
            result[relative] = entry.LinkTarget is { } target ? "link " + target
                : entry is DirectoryInfo ? "folder"
                : NewsArchive.Ingest.InputFiles.KindOf(entry.FullName) is { } kind ? kind
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
        return result;
    }
}
