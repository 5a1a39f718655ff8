using NewsArchive.Model;

namespace NewsArchive.Caching;

/// <summary>
/// Segmentations of pages from earlier builds. A page is segmented again only when its text, its corrections sidecar
/// or the segmenter's code changed.
/// </summary>
public sealed class SegmentationCache(ContentCache<PageSegmentation> store)
{
    public static SegmentationCache Load(string cacheDirectory) =>
        new(ContentCache<PageSegmentation>.Load(Path.Combine(cacheDirectory, "segmentation.jsonl")));

    public ContentCache<PageSegmentation> Store => store;

    public static string Key(PageSource page) => CacheKeys.Hash("segment", CacheKeys.Code, page.Hash, CacheKeys.HashFile(page.CorrectionsFile));

    public PageSegmentation GetOrAdd(PageSource page, Func<PageSegmentation> segment) => store.GetOrAdd(Key(page), segment);
}
