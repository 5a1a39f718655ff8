using System.Text;
using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// The layout analysis of one read page, step by step: rules drawn in pieces and frames drawn as strokes joined, fake-bold doubles dropped, glyphs to lines, lines to
/// blocks, the body measured, furniture removed, pictures and frames found, headings found, captions attached,
/// every piece given its article, articles ordered, fields filled. Every glyph ends in an item, a removed
/// double, removed furniture or a leftover.
/// </summary>
internal static class AnalysePdfPage
{
    public sealed record Result(PageSegmentation Segmentation, string Text);

    public static Result Apply(PdfPageContent page)
    {
        var shapes = JoinRuleBoxes.Apply(page.Shapes);
        var bold = DropFakeBold.Apply(page.Glyphs);
        var lines = JoinStackedGlyphs.Apply(GroupLines.Apply(bold.Kept, shapes));
        var allBlocks = GroupBlocks.Apply(lines, shapes);
        var text = TextLayer(allBlocks, bold.Removed);
        var body = BodyMeasure.Of(allBlocks);
        var furniture = RemovePdfFurniture.Apply(allBlocks, shapes, page.Size);
        var blocks = furniture.Blocks;
        var found = FindPictures.Apply(shapes, blocks, body.Size);
        var used = new HashSet<PdfBlock>();
        var headed = FindHeadings.Apply(blocks, body, found.Pictures, shapes, used);
        var pictures = AttachCaptions.Apply(found.Pictures, blocks, body, used);
        var articles = AssignArticles.Apply(headed, blocks.Where(b => !used.Contains(b)).ToList(), pictures, found.Frames, shapes, body, page.Size);
        var ordered = OrderArticles.Apply(articles, shapes, page.Size);
        var items = new List<SegmentedItem>();
        foreach (var article in ordered)
        {
            var underBrief = FindBriefColumns.IsUnder(article, furniture.BriefHeadings, ordered, shapes, body, page.Size);
            if (FillItemFields.Apply(article, body, underBrief) is { } item)
                items.Add(item);
        }
        var segmentation = new PageSegmentation
        {
            Items = items,
            Removed = [.. bold.Removed, .. furniture.Removed],
        };
        // A report with no heading in the text layer had its headline set as an image (or lost it): it is kept, untitled, and said.
        var untitled = items.Where(i => i.Title is null && i.Kicker is null && i.Kind is ItemKind.News or ItemKind.Feature or ItemKind.Commentary && i.Paragraphs.Count > 0)
            .Select(i => $"an article has no title in the PDF's text layer (a headline set as an image?), it starts: {Start(i.Paragraphs[0])}").ToList();
        if (untitled.Count > 0)
            segmentation = segmentation with { Warnings = untitled };
        var check = TextAccounting.Check(text, segmentation);
        if (check.Missing.Length > 0)
            segmentation = segmentation with { Leftovers = [check.Missing] };
        if (check.Extra.Length > 0)
            segmentation = segmentation with { Warnings = [.. segmentation.Warnings, $"the PDF segmentation repeated text ({check.Extra})"] };
        return new Result(segmentation, text);
    }

    private static string Start(string paragraph) => paragraph.Length <= 16 ? paragraph : paragraph[..16] + "…";

    /// <summary>The page's text layer, block by block from the top: what the accounting counts.</summary>
    private static string TextLayer(IReadOnlyList<PdfBlock> blocks, IReadOnlyList<RemovedText> doubles)
    {
        var text = new StringBuilder();
        foreach (var block in blocks.OrderBy(b => b.Top).ThenBy(b => b.Left))
        {
            foreach (var line in block.Lines)
                text.Append(line.Text).Append('\n');
            text.Append('\n');
        }
        foreach (var d in doubles)
            text.Append(d.Text).Append('\n');
        return text.ToString();
    }
}
