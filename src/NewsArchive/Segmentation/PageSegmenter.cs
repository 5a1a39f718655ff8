using NewsArchive.Model;

namespace NewsArchive.Segmentation;

/// <summary>
/// Splits one page's extracted text into articles. Pure and synchronous; never throws on any input.
/// SKELETON: the whole page is one untitled item whose paragraphs are the blank-line-separated blocks.
/// </summary>
public static class PageSegmenter
{
    public const string Implementation = "skeleton: one item per page, no titles or bylines recognised";

    public static PageSegmentation Segment(string text)
    {
        var blocks = text.Replace("\r\n", "\n").Split("\n\n")
            .Select(b => string.Concat(b.Split('\n').Select(l => l.Trim())))
            .Where(b => b.Length > 0)
            .ToList();
        if (blocks.Count == 0)
            return new PageSegmentation();
        return new PageSegmentation { Items = [new SegmentedItem { Kind = ItemKind.News, Paragraphs = blocks }] };
    }
}
