using System.Text;
using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// The layout analysis of one read page, step by step: fake-bold doubles dropped, glyphs to lines, lines to
/// blocks, then the articles. Every glyph ends in an item, a removed double or a leftover.
/// </summary>
internal static class AnalysePdfPage
{
    public sealed record Result(PageSegmentation Segmentation, string Text);

    public static Result Apply(PdfPageContent page)
    {
        var lines = GroupLines.Apply(page.Glyphs, page.Shapes);
        var blocks = GroupBlocks.Apply(lines, page.Shapes);
        var text = new StringBuilder();
        foreach (var block in blocks.OrderBy(b => Math.Round(b.Top / 200)).ThenBy(b => b.Left))
        {
            foreach (var line in block.Lines)
                text.Append(line.Text).Append('\n');
            text.Append('\n');
        }
        var full = text.ToString();
        return new Result(PageSegmenter.Segment(full), full);
    }
}
