using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Rules and frames as e-paper producers draw them: a rule in pieces, a frame as four separate strokes or thin
/// filled bars whose ends stop short of or run past each other. Collinear pieces of one line are joined into one
/// rule, and four lines whose ends meet at the corners of a rectangle become that rectangle (an outline, as a
/// stroked box path is), so a boxed article is enclosed whichever way its frame was drawn. Lines that cross or
/// meet in a T (a column rule standing on a cut rule) make no box: each side must end where its neighbours end.
/// </summary>
public static class JoinRuleBoxes
{
    /// <summary>How far apart in points two ends may be and still meet: a stroke's width and a producer's rounding, well under a line of text.</summary>
    public const double Tolerance = 3;

    /// <summary>A line is at most this thick (a filled bar drawn as a side of a frame).</summary>
    private const double MaxThickness = 2.5;

    private sealed record Line(double From, double To, double At, PageRegion Box, bool Joined);

    public static IReadOnlyList<PdfShape> Apply(IReadOnlyList<PdfShape> shapes)
    {
        var horizontal = new List<PdfShape>();
        var vertical = new List<PdfShape>();
        var others = new List<PdfShape>();
        foreach (var shape in shapes)
        {
            var b = shape.Box;
            if (shape.Kind == PdfShapeKind.Picture || Math.Min(b.Width, b.Height) > MaxThickness || Math.Max(b.Width, b.Height) < 2 * Tolerance)
                others.Add(shape);
            else if (b.Width >= b.Height)
                horizontal.Add(shape);
            else
                vertical.Add(shape);
        }
        if (horizontal.Count + vertical.Count < 2)
            return shapes;
        var rows = Merge(horizontal.Select(s => new Line(s.Box.Left, s.Box.Right, s.Box.Top + s.Box.Height / 2, s.Box, false)).ToList(), true);
        var cols = Merge(vertical.Select(s => new Line(s.Box.Top, s.Box.Bottom, s.Box.Left + s.Box.Width / 2, s.Box, false)).ToList(), false);
        var (boxes, used) = Boxes(rows, cols);
        if (boxes.Count == 0 && rows.Count == horizontal.Count && cols.Count == vertical.Count)
            return shapes;
        var result = new List<PdfShape>(others);
        result.AddRange(boxes.Select(b => new PdfShape(b, PdfShapeKind.Box, Outline: true)));
        // A piece left alone keeps what it was; a rule joined from pieces is a rule.
        foreach (var line in rows.Concat(cols).Where(l => !used.Contains(l)))
            result.Add(line.Joined ? new PdfShape(line.Box, PdfShapeKind.Rule) : shapes.First(s => s.Box == line.Box));
        return result;
    }

    /// <summary>Pieces on one line (centres within a point and a half) that touch, overlap or leave a gap under the tolerance.</summary>
    private static List<Line> Merge(List<Line> lines, bool horizontal)
    {
        var merged = new List<Line>();
        var sorted = lines.OrderBy(l => l.At).ToList();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start + 1;
            while (end < sorted.Count && sorted[end].At - sorted[start].At <= Tolerance / 2)
                end++;
            Line? run = null;
            foreach (var line in sorted.Skip(start).Take(end - start).OrderBy(l => l.From))
            {
                if (run is not null && line.From <= run.To + Tolerance)
                {
                    var box = Union(run.Box, line.Box);
                    run = new Line(run.From, Math.Max(run.To, line.To), horizontal ? box.Top + box.Height / 2 : box.Left + box.Width / 2, box, true);
                    continue;
                }
                if (run is not null)
                    merged.Add(run);
                run = line;
            }
            merged.Add(run!);
            start = end;
        }
        return merged;
    }

    /// <summary>Rectangles whose four sides are lines ending at its corners; each line serves one box.</summary>
    private static (List<PageRegion> Boxes, HashSet<Line> Used) Boxes(List<Line> rows, List<Line> cols)
    {
        var used = new HashSet<Line>();
        var boxes = new List<PageRegion>();
        static bool Near(double a, double b) => Math.Abs(a - b) <= Tolerance;
        foreach (var top in rows.OrderBy(r => r.At))
        {
            if (used.Contains(top))
                continue;
            foreach (var bottom in rows.Where(r => r.At > top.At + 2 * Tolerance && !used.Contains(r) && Near(r.From, top.From) && Near(r.To, top.To)).OrderBy(r => r.At))
            {
                bool Side(Line c, double x) => !used.Contains(c) && Near(c.At, x) && Near(c.From, top.At) && Near(c.To, bottom.At);
                var left = cols.FirstOrDefault(c => Side(c, Math.Min(top.From, bottom.From)));
                var right = cols.FirstOrDefault(c => Side(c, Math.Max(top.To, bottom.To)));
                if (left is null || right is null || ReferenceEquals(left, right))
                    continue;
                var box = Union(Union(top.Box, bottom.Box), Union(left.Box, right.Box));
                boxes.Add(box);
                used.UnionWith([top, bottom, left, right]);
                break;
            }
        }
        return (boxes, used);
    }

    private static PageRegion Union(PageRegion a, PageRegion b)
    {
        var left = Math.Min(a.Left, b.Left);
        var top = Math.Min(a.Top, b.Top);
        return new PageRegion(left, top, Math.Max(a.Right, b.Right) - left, Math.Max(a.Bottom, b.Bottom) - top);
    }
}
