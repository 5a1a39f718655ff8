using System.Globalization;

namespace NewsArchive.Output;

/// <summary>The bytes and files of one part of the site.</summary>
public sealed record PartWeight(string Part, long Bytes, int Files);

/// <summary>
/// What a built site weighs, part by part, and per article: what a host's limits are checked against
/// (<see cref="CheckBudget"/>). Sizes are the files' own, as a Pages artifact adds them up.
/// </summary>
public sealed record SiteWeight(int Articles, IReadOnlyList<PartWeight> Parts)
{
    public long Bytes => Parts.Sum(p => p.Bytes);
    public int Files => Parts.Sum(p => p.Files);

    public static double PerArticle(double value, int articles) => articles > 0 ? value / articles : 0;

    /// <summary>Weighs the files the build produced, as they now are in the site folder.</summary>
    public static SiteWeight Measure(string outputDirectory, IEnumerable<string> produced, int articles)
    {
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in produced)
        {
            var info = new FileInfo(Path.Combine(outputDirectory, path));
            if (!info.Exists)
                continue;
            var part = SiteParts.Of(path);
            bytes[part] = bytes.GetValueOrDefault(part) + info.Length;
            files[part] = files.GetValueOrDefault(part) + 1;
        }
        return new(articles, [.. SiteParts.All.Where(files.ContainsKey).Select(p => new PartWeight(p, bytes[p], files[p]))]);
    }

    /// <summary>"385.4 MB", "12.0 KB": the units a librarian compares with a host's limits (decimal, as hosts state them).</summary>
    public static string Size(double bytes) => bytes >= 1e6
        ? (bytes / 1e6).ToString("#,0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1e3).ToString("#,0.0", CultureInfo.InvariantCulture) + " KB";
}
