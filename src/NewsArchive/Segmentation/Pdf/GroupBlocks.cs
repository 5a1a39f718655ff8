namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Lines to blocks: a line joins the block whose last line stands right above it, of the same type size, within
/// one em of leading, sharing a font with it (a heading-font 本报讯 does not cut a body off, a subhead wholly in another type does), overlapping it across the page and sharing an edge or its centre with it, with no drawn rule between. A body column, a title over
/// two lines and a caption each become one block; neighbouring columns never join, since they do not overlap.
/// </summary>
public static class GroupBlocks
{
    /// <summary>The widest leading between two lines of one block, in em of their size.</summary>
    private const double LeadingEm = 1.0;

    private static bool SharesFont(PdfLine a, PdfLine b) =>
        a.Glyphs.Any(g => b.Glyphs.Any(h => string.Equals(g.Font, h.Font, StringComparison.Ordinal)));

    public static IReadOnlyList<PdfBlock> Apply(IReadOnlyList<PdfLine> lines, IReadOnlyList<PdfShape> shapes)
    {
        var rules = shapes.Where(s => s.Kind == PdfShapeKind.Rule && s.Box.Width >= s.Box.Height).Select(s => s.Box).ToList();
        var blocks = new List<List<PdfLine>>();
        foreach (var line in lines.OrderBy(l => l.Top).ThenBy(l => l.Left))
        {
            List<PdfLine>? best = null;
            var bestGap = double.MaxValue;
            foreach (var block in blocks)
            {
                var last = block[^1];
                if (last.Vertical != line.Vertical || Math.Max(last.Size, line.Size) > 1.08 * Math.Min(last.Size, line.Size) || !SharesFont(last, line))
                    continue;
                var size = Math.Min(last.Size, line.Size);
                var gap = line.Top - last.Bottom;
                if (gap < -0.3 * size || gap > LeadingEm * size)
                    continue;
                var overlap = Math.Min(last.Right, line.Right) - Math.Max(last.Left, line.Left);
                // Lines of one block share an edge, or their centre: a headline's short last line is set centred under it (年内完 / 工).
                var centred = Math.Abs(last.Left + last.Right - line.Left - line.Right) / 2 <= size;
                if (overlap <= 0.5 * size || Math.Abs(last.Left - line.Left) > 4 * size && Math.Abs(last.Right - line.Right) > 4 * size && !centred)
                    continue;
                if (rules.Any(r => r.Top >= last.Bottom - 0.1 && r.Bottom <= line.Top + 0.1 && r.Right > Math.Max(last.Left, line.Left) && r.Left < Math.Min(last.Right, line.Right)))
                    continue;
                if (gap < bestGap)
                {
                    best = block;
                    bestGap = gap;
                }
            }
            if (best is null)
                blocks.Add([line]);
            else
                best.Add(line);
        }
        return blocks.Select(b => new PdfBlock(b)).ToList();
    }
}
