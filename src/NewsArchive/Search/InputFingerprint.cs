using System.Globalization;
using System.Text;
using NewsArchive.Caching;

namespace NewsArchive.Search;

/// <summary>
/// Names, sizes and times of the input files: when they match what the index was built from, the CLI
/// searches at once instead of reading the archive again.
/// </summary>
public static class InputFingerprint
{
    private const string FileName = "input-fingerprint.txt";

    public static string Compute(string inputDirectory)
    {
        var root = Path.GetFullPath(inputDirectory);
        var sb = new StringBuilder(SearchFields.IndexVersion).Append('\n').Append(CacheKeys.Code).Append('\n');
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f))
                     .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                     .Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(Path.Combine(root, file));
            sb.Append(file).Append('\t').Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return CacheKeys.HashBytes(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    public static void Save(string indexDirectory, string inputDirectory) =>
        Storage.AtomicFile.WriteText(Path.Combine(indexDirectory, FileName), Compute(inputDirectory) + "\n");

    public static bool Matches(string indexDirectory, string inputDirectory)
    {
        var file = Path.Combine(indexDirectory, FileName);
        return File.Exists(file) && File.ReadAllText(file).Trim() == Compute(inputDirectory);
    }
}
