using System.Text.Json;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Caching;

public sealed class SegmentationCacheTests
{
    public static TheoryData<string> TestPages() =>
        [.. Directory.EnumerateDirectories(Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    /// <summary>A segmentation read back from the cache must be the segmentation, field for field, or a rebuild would differ.</summary>
    [Theory]
    [MemberData(nameof(TestPages))]
    public void A_cached_segmentation_reads_back_equal_to_a_fresh_one(string name)
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages", name, "page.txt"));
        var page = new PageSource { File = name, Paper = new("p", "报", "Paper"), Date = new DateOnly(2024, 1, 1), Number = 1, Text = text, Hash = CacheKeys.Hash(text) };
        var fresh = PageSegmenter.Segment(text);
        var cache = SegmentationCache.Load(dir.Path);
        cache.GetOrAdd(page, () => fresh);
        cache.Store.Save();

        var calls = 0;
        var cached = SegmentationCache.Load(dir.Path).GetOrAdd(page, () => { calls++; return fresh; });

        Assert.Equal(0, calls);
        Assert.NotSame(fresh, cached);
        Assert.Equal(JsonSerializer.Serialize(fresh), JsonSerializer.Serialize(cached));
    }
}
