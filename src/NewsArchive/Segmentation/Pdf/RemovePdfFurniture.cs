using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Page furniture by position and by role. By position: what stands above the rule that closes the running
/// head (the first rule across most of the page, in its top fifth) is the masthead or running head, and what
/// stands below the last such rule in the bottom tenth is the imprint. By role, anywhere: the text path's
/// patterns (第N版 and the page name beside it, paper name, dates, editors' line, imprint, a 简讯 column's
/// heading, the ▶▶ pointer before a caption). Each removal is recorded with its reason.
/// </summary>
public static class RemovePdfFurniture
{
    public sealed record Result(IReadOnlyList<PdfBlock> Blocks, IReadOnlyList<RemovedText> Removed, IReadOnlyList<PageRegion> BriefHeadings);

    public static Result Apply(IReadOnlyList<PdfBlock> blocks, IReadOnlyList<PdfShape> shapes, PageSize page)
    {
        var wide = shapes.Where(s => s.Kind == PdfShapeKind.Rule && s.Box.Width >= 0.6 * page.Width).Select(s => s.Box).ToList();
        var headRule = wide.Where(r => r.Top < 0.2 * page.Height).OrderBy(r => r.Top).FirstOrDefault();
        var footRule = wide.Where(r => r.Top > 0.9 * page.Height).OrderByDescending(r => r.Top).FirstOrDefault();
        var ordered = blocks.OrderBy(b => b.Top).ThenBy(b => b.Left).ToList();
        var lines = new List<PageLine>();
        for (var b = 0; b < ordered.Count; b++)
        {
            for (var l = 0; l < ordered[b].Lines.Count; l++)
            {
                lines.Add(new PageLine(lines.Count, b, ordered[b].Lines[l].Text));
            }
        }
        var byRole = RemovePageFurniture.Apply(lines);
        var kept = byRole.Lines.ToDictionary(l => l.Number);
        var removed = new List<RemovedText>();
        var briefHeadings = new List<PageRegion>();
        var byNumber = byRole.Removed.ToList();
        var result = new List<PdfBlock>();
        var removedIndex = 0;
        var number = -1;
        for (var b = 0; b < ordered.Count; b++)
        {
            var block = ordered[b];
            var position = headRule is not null && block.Bottom <= headRule.Top + 0.5 * block.Size ? "furniture: masthead or running head"
                : footRule is not null && block.Top >= footRule.Bottom - 0.5 * block.Size ? "furniture: imprint"
                : null;
            var keptLines = new List<PdfLine>();
            for (var l = 0; l < block.Lines.Count; l++)
            {
                number++;
                var line = block.Lines[l];
                if (!kept.TryGetValue(number, out var keptLine))
                {
                    // The text path recorded why; take its reasons in order, they follow the lines.
                    var reason = removedIndex < byNumber.Count ? byNumber[removedIndex++].Reason : "furniture";
                    removed.Add(new RemovedText(line.Text, reason));
                    if (reason == RemovePageFurniture.BriefColumnReason)
                        briefHeadings.Add(block.Box);
                    continue;
                }
                if (keptLine.Text != line.Text)
                {
                    // The ▶▶ pointer before a caption: the text path cut it off and recorded it.
                    removed.Add(byNumber[removedIndex++]);
                    line = line with { Text = keptLine.Text };
                }
                if (position is not null)
                {
                    removed.Add(new RemovedText(line.Text, position));
                    continue;
                }
                keptLines.Add(line);
            }
            if (keptLines.Count > 0)
                result.Add(new PdfBlock(keptLines));
        }
        return new Result(result, removed, briefHeadings);
    }
}
