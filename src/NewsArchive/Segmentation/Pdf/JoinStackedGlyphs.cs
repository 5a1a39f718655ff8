namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Vertical headlines set as upright glyphs one under another (as Founder and InDesign set them) come out of
/// <see cref="GroupLines"/> as one-glyph lines. Three or more such lines of one size, stacked at the same left
/// edge less than half an em apart, are one vertical line read top to bottom.
/// </summary>
public static class JoinStackedGlyphs
{
    private static bool Below(PdfLine above, PdfLine line)
    {
        var gap = line.Top - above.Bottom;
        return Math.Abs(line.Left - above.Left) < 0.2 * above.Size && Math.Abs(line.Size - above.Size) < 0.05 * above.Size
            && gap > -0.2 * above.Size && gap < 0.5 * above.Size;
    }

    public static IReadOnlyList<PdfLine> Apply(IReadOnlyList<PdfLine> lines)
    {
        var singles = lines.Where(l => !l.Vertical && l.Glyphs.Count == 1).OrderBy(l => l.Left).ThenBy(l => l.Top).ToList();
        var taken = new HashSet<PdfLine>();
        var stacks = new List<PdfLine>();
        foreach (var start in singles)
        {
            if (taken.Contains(start))
                continue;
            var chain = new List<PdfLine> { start };
            var changed = true;
            while (changed)
            {
                changed = false;
                var last = chain[^1];
                var next = singles.FirstOrDefault(l => !taken.Contains(l) && !chain.Contains(l) && Below(last, l));
                if (next is not null)
                {
                    chain.Add(next);
                    changed = true;
                }
            }
            if (chain.Count < 3)
                continue;
            foreach (var l in chain)
                taken.Add(l);
            var glyphs = chain.SelectMany(l => l.Glyphs).ToList();
            stacks.Add(new PdfLine(string.Concat(glyphs.Select(g => g.Text)), PdfLine.Bounds(glyphs), chain[0].Size, glyphs, Vertical: true));
        }
        if (stacks.Count == 0)
            return lines;
        return lines.Where(l => !taken.Contains(l)).Concat(stacks).OrderBy(l => l.Top).ThenBy(l => l.Left).ToList();
    }
}
