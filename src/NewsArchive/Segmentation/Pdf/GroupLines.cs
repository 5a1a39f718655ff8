using System.Text;
using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Glyphs to printed lines. Glyphs on one baseline form a row; a row is cut where the space between two glyphs is
/// wider than the row's usual letter spacing by most of an em (a column gutter) or where a drawn rule stands
/// between them. So a letter-spaced headline, whose characters all sit far apart, stays one line, and numbers set
/// as separate runs (<c>5 月 1 9 日</c>) join their line. All measures are in ems of the glyphs' own size.
/// </summary>
public static class GroupLines
{
    /// <summary>A gap this much wider than the row's usual spacing (in em) separates two lines.</summary>
    private const double GutterEm = 0.8;

    /// <summary>A gap this much wider than the usual spacing (in em) is a printed word space.</summary>
    private const double SpaceEm = 0.45;

    /// <summary>Between Latin letters or digits a word space is narrow.</summary>
    private const double LatinSpaceEm = 0.15;

    public static IReadOnlyList<PdfLine> Apply(IReadOnlyList<PdfGlyph> glyphs, IReadOnlyList<PdfShape> shapes)
    {
        var verticalRules = shapes.Where(s => s.Kind == PdfShapeKind.Rule && s.Box.Height > s.Box.Width).Select(s => s.Box).ToList();
        var runs = new List<List<PdfGlyph>>();
        foreach (var row in Rows(glyphs.Where(g => !g.Vertical)))
            runs.AddRange(Split(row, verticalRules));
        var lines = RejoinLetterSpaced(runs, verticalRules).Select(Line).ToList();
        lines.AddRange(VerticalColumns(glyphs.Where(g => g.Vertical)));
        return lines.OrderBy(l => l.Top).ThenBy(l => l.Left).ToList();
    }

    /// <summary>Glyphs whose vertical centres agree within a third of their size, of sizes within half of each other.</summary>
    private static List<List<PdfGlyph>> Rows(IEnumerable<PdfGlyph> glyphs)
    {
        var rows = new List<(double Center, double Size, List<PdfGlyph> Glyphs)>();
        foreach (var g in glyphs.OrderBy(g => g.CenterY).ThenBy(g => g.Left))
        {
            var found = -1;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 40; i--)
            {
                var (center, size, _) = rows[i];
                if (Math.Abs(center - g.CenterY) < 0.3 * Math.Min(size, g.Size) && Math.Max(size, g.Size) < 1.5 * Math.Min(size, g.Size))
                {
                    found = i;
                    break;
                }
            }
            if (found < 0)
                rows.Add((g.CenterY, g.Size, [g]));
            else
                rows[found].Glyphs.Add(g);
        }
        return rows.Select(r => r.Glyphs).ToList();
    }

    private static IEnumerable<List<PdfGlyph>> Split(List<PdfGlyph> row, List<PageRegion> verticalRules)
    {
        row.Sort((a, b) => a.Left.CompareTo(b.Left));
        var usual = UsualGap(row);
        var run = new List<PdfGlyph> { row[0] };
        for (var i = 1; i < row.Count; i++)
        {
            var prev = run[^1];
            var g = row[i];
            var size = Math.Min(prev.Size, g.Size);
            var gap = g.Left - prev.Right;
            var sizeChange = Math.Max(prev.Size, g.Size) > 1.3 * size;
            if (gap > usual + GutterEm * size || sizeChange && gap > 0.25 * size || RuleBetween(prev, g, verticalRules))
            {
                yield return run;
                run = [];
            }
            run.Add(g);
        }
        yield return run;
    }

    /// <summary>
    /// A justified line with a long unbreakable run spreads its characters an em or more apart, which looks like a
    /// column gutter on its own row. It is not one when a line of the same size just above or below runs across
    /// the gap: a gutter stays white from line to line.
    /// </summary>
    private static List<List<PdfGlyph>> RejoinLetterSpaced(List<List<PdfGlyph>> runs, List<PageRegion> verticalRules)
    {
        var boxes = runs.Select(r => (Box: PdfLine.Bounds(r), Size: Median(r.Select(g => g.Size)))).ToList();
        var order = Enumerable.Range(0, runs.Count).OrderBy(i => boxes[i].Box.Top).ThenBy(i => boxes[i].Box.Left).ToList();
        var merged = new List<List<PdfGlyph>>();
        var skip = new HashSet<int>();
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            if (skip.Contains(i))
                continue;
            var run = runs[i];
            var (box, size) = boxes[i];
            while (true)
            {
                var next = NextOnRow(order, k, box, size, boxes, skip);
                if (next < 0)
                    break;
                var (nbox, _) = boxes[next];
                var gap = nbox.Left - box.Right;
                if (gap > 3 * size || RuleBetween(run[^1], runs[next][0], verticalRules))
                    break;
                var (crossed, aligned) = Crossed(box, nbox, size, boxes, order);
                // A gutter has column edges lined up above or below it; a word space of an em or so (a byline's, a
                // headline's) has not.
                if (!crossed && (aligned || gap > 1.2 * size))
                    break;
                run = [.. run, .. runs[next]];
                box = PdfLine.Bounds(run);
                skip.Add(next);
            }
            merged.Add(run);
        }
        return merged;
    }

    private static int NextOnRow(List<int> order, int k, PageRegion box, double size, List<(PageRegion Box, double Size)> boxes, HashSet<int> skip)
    {
        var best = -1;
        for (var m = k + 1; m < order.Count && boxes[order[m]].Box.Top < box.Top + 0.5 * size; m++)
        {
            var (b, s) = boxes[order[m]];
            if (skip.Contains(order[m]) || Math.Abs(s - size) > 0.1 * size || Math.Abs(b.Top - box.Top) > 0.3 * size || b.Left < box.Right)
                continue;
            if (best < 0 || b.Left < boxes[best].Box.Left)
                best = order[m];
        }
        return best;
    }

    /// <summary>
    /// Whether a run of the same size and measure within about three lines above or below spans the gap between the two boxes, and
    /// whether runs there end and start in line with the gap's two sides (column edges).
    /// </summary>
    private static (bool Crossed, bool Aligned) Crossed(PageRegion a, PageRegion b, double size, List<(PageRegion Box, double Size)> boxes, List<int> order)
    {
        var endsInLine = false;
        var startsInLine = false;
        // The runs are ordered by top: start at the first that can be within reach.
        var lo = 0;
        var hi = order.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (boxes[order[mid]].Box.Top < a.Top - 4 * size)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (var m = lo; m < order.Count && boxes[order[m]].Box.Top <= a.Top + 4 * size; m++)
        {
            var (o, s) = boxes[order[m]];
            if (Math.Abs(o.Top - a.Top) < 0.3 * size || Math.Abs(s - size) > 0.1 * size)
                continue;
            // Only a line of the same measure crosses: one sharing the left edge (or its indent) or the right edge
            // of the two runs. A short centred line over them (a byline under a headline) does not.
            var sameMeasure = Math.Abs(o.Left - a.Left) <= 2.5 * size || Math.Abs(o.Right - b.Right) <= size;
            if (o.Left <= a.Right + 0.1 * size && o.Right >= b.Left - 0.1 * size && sameMeasure)
                return (true, false);
            endsInLine |= Math.Abs(o.Right - a.Right) <= size && o.Left < a.Right - size;
            startsInLine |= Math.Abs(o.Left - b.Left) <= size && o.Right > b.Left + size;
        }
        return (false, endsInLine && startsInLine);
    }

    /// <summary>The row's usual space between neighbouring glyphs: the median of gaps narrower than three em.</summary>
    private static double UsualGap(List<PdfGlyph> row)
    {
        var gaps = new List<double>();
        for (var i = 1; i < row.Count; i++)
        {
            var gap = row[i].Left - row[i - 1].Right;
            if (gap < 3 * Math.Min(row[i].Size, row[i - 1].Size))
                gaps.Add(Math.Max(0, gap));
        }
        if (gaps.Count == 0)
            return 0;
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    private static bool RuleBetween(PdfGlyph a, PdfGlyph b, List<PageRegion> rules) =>
        rules.Any(r => r.Left >= a.Right - 0.1 && r.Right <= b.Left + 0.1 && r.Top <= a.CenterY && r.Bottom >= a.CenterY);

    private static PdfLine Line(List<PdfGlyph> run)
    {
        var usual = UsualGap(run);
        var text = new StringBuilder();
        for (var i = 0; i < run.Count; i++)
        {
            if (i > 0)
            {
                var gap = run[i].Left - run[i - 1].Right;
                var size = Math.Min(run[i].Size, run[i - 1].Size);
                var latin = IsLatin(run[i - 1].Text) && IsLatin(run[i].Text);
                if (latin ? gap > LatinSpaceEm * size : gap > usual + SpaceEm * size)
                    text.Append(' ');
            }
            text.Append(run[i].Text);
        }
        return new PdfLine(text.ToString(), PdfLine.Bounds(run), Median(run.Select(g => g.Size)), run.ToList());
    }

    /// <summary>Glyphs PdfPig found turned a quarter (vertical writing): one line per column, top to bottom.</summary>
    private static IEnumerable<PdfLine> VerticalColumns(IEnumerable<PdfGlyph> glyphs)
    {
        foreach (var column in glyphs.GroupBy(g => Math.Round(g.CenterX / Math.Max(1, g.Size))))
        {
            var ordered = column.OrderBy(g => g.Top).ToList();
            var run = new List<PdfGlyph> { ordered[0] };
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Top - run[^1].Bottom > GutterEm * ordered[i].Size)
                {
                    yield return new PdfLine(string.Concat(run.Select(g => g.Text)), PdfLine.Bounds(run), Median(run.Select(g => g.Size)), run.ToList(), Vertical: true);
                    run = [];
                }
                run.Add(ordered[i]);
            }
            yield return new PdfLine(string.Concat(run.Select(g => g.Text)), PdfLine.Bounds(run), Median(run.Select(g => g.Size)), run.ToList(), Vertical: true);
        }
    }

    /// <summary>Latin letters take a narrow word space; digits do not (numbers are often set digit by digit, spaced).</summary>
    private static bool IsLatin(string s) => s.Length > 0 && char.IsAsciiLetter(s[^1]);

    internal static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }
}
