using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// A report's body opens once: its first paragraph starts with the dateline (本报讯, 本报某地6月3日讯, 新华社…电). A
/// column that opens with a dateline is therefore the start of an article's body, never a further column of an
/// article whose body has already opened, however level and alike the two columns stand (articles side by side in
/// one band are set at the same width and gutter as one article's columns).
/// </summary>
public static class ArticleOpening
{
    /// <summary>The block's first line starts with a dateline (an indent or a bold lead-in aside).</summary>
    public static bool Opens(PdfBlock block) =>
        block.Lines.Count > 0 && !block.Vertical && ClassifyLine.Dateline(block.Lines[0].Text.TrimStart()) is { Success: true, Index: <= 1 };

    /// <summary>The article already holds a block that opens its body.</summary>
    public static bool HasOpened(IEnumerable<PdfBlock> blocks) => blocks.Any(Opens);

    /// <summary>
    /// Columns are read left to right, so a body's opening column is its first: a column standing level to the left
    /// of an opening column is the tail of the article before it, not a further column of the one that opens here.
    /// </summary>
    public static bool LeftOfOpening(PdfBlock opening, PageRegion other) =>
        Opens(opening) && other.Right <= opening.Left + 0.5 * opening.Size;
}
