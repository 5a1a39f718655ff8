using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Puts back in column order the body lines pdftotext read row by row across a band's columns (line 1 of
/// column 1, line 1 of column 2, ...), as it does on pages set with wide leading. A column of Chinese body text
/// obeys a grammar: a paragraph opens indented by two characters (a line two characters short of the measure,
/// its sentence unfinished) and closes on a line ending a sentence; after a full line comes the same paragraph's
/// next line, never an opening one, and after a short closing line an opening one. Read row by row, the columns'
/// paragraphs break that grammar; taking every k-th line repairs it. A run of body lines is split that way only
/// when k = 1 breaks the grammar several times and every-k-th breaks it nowhere.
/// </summary>
public static class UntangleColumns
{
    /// <summary>Breaks of the grammar in reading order below which a run is left as it is.</summary>
    public const int MinimumBreaks = 3;

    /// <summary>The most columns a band is read across.</summary>
    public const int MaximumColumns = 4;

    /// <summary>Each column must have at least this many lines in the run.</summary>
    public const int MinimumColumnLines = 6;

    private enum Shape { Other, Full, Opening, Closing }

    public static IReadOnlyList<PageLine> Apply(IReadOnlyList<PageLine> lines)
    {
        var measure = Measure(lines);
        if (measure is null)
            return lines;
        var shapes = lines.Select(l => ShapeOf(l, measure.Value)).ToArray();
        var result = new List<PageLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && shapes[end] != Shape.Other && lines[end].Block == lines[i].Block)
                end++;
            if (end == i)
            {
                result.Add(lines[i++]);
                continue;
            }
            result.AddRange(Untangle(lines, shapes, i, end));
            i = end;
        }
        return result;
    }

    /// <summary>
    /// Walks the run: from each line, the longest stretch that every-k-th reading leaves unbroken while reading in
    /// order breaks it several times is put back in column order; otherwise the line stays where it is.
    /// </summary>
    private static List<PageLine> Untangle(IReadOnlyList<PageLine> lines, Shape[] shapes, int start, int end)
    {
        var result = new List<PageLine>(end - start);
        var s = start;
        while (s < end)
        {
            var (k, e) = (1, s + 1);
            for (var c = 2; c <= MaximumColumns; c++)
            {
                var reach = s + 1;
                while (reach < end && Breaks(shapes, lines, s, reach + 1, c) == 0)
                    reach++;
                if (reach - s >= c * MinimumColumnLines && reach > e && Breaks(shapes, lines, s, reach, 1) >= MinimumBreaks
                    && Enumerable.Range(0, c).All(col => Confirms(shapes, lines, s + col, reach, c)))
                    (k, e) = (c, reach);
            }
            for (var c = 0; c < k; c++)
                for (var j = s + c; j < e; j += k)
                    result.Add(lines[j]);
            s = e;
        }
        return result;
    }

    /// <summary>How often the columns taken as every k-th line of the run break a column's grammar.</summary>
    private static int Breaks(Shape[] shapes, IReadOnlyList<PageLine> lines, int start, int end, int k)
    {
        var breaks = 0;
        for (var j = start + k; j < end; j++)
        {
            var before = shapes[j - k];
            var now = shapes[j];
            // An opening line after a full line whose sentence goes on, or a full line right after a paragraph's end.
            if (now == Shape.Opening && before == Shape.Full && !EndsSentence(lines[j - k].Text)
                || before == Shape.Closing && now == Shape.Full)
                breaks++;
        }
        return breaks;
    }

    /// <summary>True when the column taken as every k-th line from first has a paragraph closing before an opening one.</summary>
    private static bool Confirms(Shape[] shapes, IReadOnlyList<PageLine> lines, int first, int end, int k)
    {
        for (var j = first + k; j < end; j += k)
        {
            if (shapes[j] == Shape.Opening && shapes[j - k] != Shape.Opening && EndsSentence(lines[j - k].Text))
                return true;
        }
        return false;
    }

    /// <summary>The width most full lines share, when most of the page's lines are that wide.</summary>
    private static double? Measure(IReadOnlyList<PageLine> lines)
    {
        var widths = lines.Where(l => l.Width >= 6).GroupBy(l => Math.Round(l.Width)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        return widths is not null && widths.Count() * 3 >= lines.Count ? widths.Key : null;
    }

    private static Shape ShapeOf(PageLine line, double measure)
    {
        if (line.Width > measure + 1.5)
            return Shape.Other;
        if (line.Width >= measure - 1.25)
            return Shape.Full;
        if (EndsSentence(line.Text))
            return Shape.Closing;
        return line.Width >= measure - 3 ? Shape.Opening : Shape.Other;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && "。！？”」".Contains(text[^1]);
}
