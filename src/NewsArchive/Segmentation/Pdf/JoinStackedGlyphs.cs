namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Vertical headlines set as upright glyphs one under another (as Founder and InDesign set them) come out of
/// <see cref="GroupLines"/> as lines of one glyph, or of two or three when the headline runs in two or three
/// columns side by side. Three or more such lines of one size, stacked over each other less than half an em apart,
/// are one vertical headline when the stack is tall and narrow and its glyphs sit closer down the stack than across
/// it (a two-line horizontal headline has the opposite: solid across, leading down). Read top to bottom, columns
/// right to left.
/// </summary>
public static class JoinStackedGlyphs
{
    private const int WidestStack = 3;

    private static bool Below(PdfLine above, PdfLine line, double left, double right)
    {
        var gap = line.Top - above.Bottom;
        return Math.Abs(line.Size - above.Size) < 0.05 * above.Size && gap > -0.2 * above.Size && gap < 0.5 * above.Size
            && line.Left > left - 0.2 * above.Size && line.Right < right + 0.2 * above.Size;
    }

    public static IReadOnlyList<PdfLine> Apply(IReadOnlyList<PdfLine> lines)
    {
        var shorts = lines.Where(l => !l.Vertical && l.Glyphs.Count <= WidestStack).OrderBy(l => l.Top).ThenBy(l => l.Left).ToList();
        var taken = new HashSet<PdfLine>();
        var stacks = new List<PdfLine>();
        foreach (var start in shorts)
        {
            if (taken.Contains(start))
                continue;
            var chain = new List<PdfLine> { start };
            var left = start.Left;
            var right = start.Right;
            while (shorts.FirstOrDefault(l => !taken.Contains(l) && !chain.Contains(l) && Below(chain[^1], l, left, right)) is { } next)
                chain.Add(next);
            if (chain.Count < 3 || !IsVertical(chain))
                continue;
            foreach (var l in chain)
                taken.Add(l);
            var glyphs = Columns(chain.SelectMany(l => l.Glyphs).ToList(), start.Size);
            stacks.Add(new PdfLine(string.Concat(glyphs.Select(g => g.Text)), PdfLine.Bounds(glyphs), start.Size, glyphs, Vertical: true));
        }
        if (stacks.Count == 0)
            return lines;
        return lines.Where(l => !taken.Contains(l)).Concat(stacks).OrderBy(l => l.Top).ThenBy(l => l.Left).ToList();
    }

    /// <summary>Tall and narrow, and (across several columns) tighter down the stack than across it.</summary>
    private static bool IsVertical(List<PdfLine> chain)
    {
        var widest = chain.Max(l => l.Glyphs.Count);
        if (widest == 1)
            return true;
        if (chain.Count < 2 * widest)
            return false;
        var down = GroupLines.Median(chain.Skip(1).Select((l, i) => l.Top - chain[i].Bottom));
        var across = GroupLines.Median(chain.SelectMany(l => l.Glyphs.Skip(1).Select((g, i) => g.Left - l.Glyphs[i].Right)).DefaultIfEmpty(0));
        return across > down + 0.05 * chain[0].Size;
    }

    /// <summary>The glyphs column by column, right to left, each column top to bottom.</summary>
    private static List<PdfGlyph> Columns(List<PdfGlyph> glyphs, double size)
    {
        var columns = new List<List<PdfGlyph>>();
        foreach (var g in glyphs.OrderByDescending(g => g.CenterX))
        {
            var column = columns.FirstOrDefault(c => Math.Abs(c[0].CenterX - g.CenterX) < 0.5 * size);
            if (column is null)
                columns.Add([g]);
            else
                column.Add(g);
        }
        return columns.SelectMany(c => c.OrderBy(g => g.Top)).ToList();
    }
}
