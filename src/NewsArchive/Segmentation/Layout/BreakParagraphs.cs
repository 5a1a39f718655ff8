using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Finds the printed paragraphs of a body. pdftotext keeps no indentation and puts blank lines at column
/// breaks as well as paragraph ends, so a blank line means nothing here. A paragraph ends where a line that
/// ends a sentence is shorter than its column, or where the next line is indented (shorter than its column
/// by about the two-character first-line indent) after a line that ends a sentence.
/// </summary>
public static class BreakParagraphs
{
    /// <summary>How much shorter than the column a line must be to count as short; an indent is two em.</summary>
    private const double Slack = 1.5;

    public static IReadOnlyList<string> Apply(IReadOnlyList<BodyLine> lines)
    {
        var columns = ColumnWidths(lines);
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsParagraph && current.Count > 0)
                Flush(paragraphs, current);
            current.Add(lines[i].Text);
            if (i + 1 < lines.Count && EndsParagraph(lines, columns, i))
                Flush(paragraphs, current);
        }
        Flush(paragraphs, current);
        return paragraphs;
    }

    private static bool EndsParagraph(IReadOnlyList<BodyLine> lines, IReadOnlyDictionary<int, double> columns, int i)
    {
        var line = lines[i];
        var next = lines[i + 1];
        if (!Chinese.EndsSentence(line.Text))
            return IsSubhead(lines, columns, i);
        var shortLine = Widest(line) <= columns[line.Block] - Slack;
        // A short line after a sentence end is an indented first line, unless it is itself a short last line of a
        // block that ends a sentence (then it may be the end of the same paragraph).
        var nextIndented = Widest(next) <= columns[next.Block] - Slack && !(IsLastOfBlock(lines, i + 1) && Chinese.EndsSentence(next.Text));
        return shortLine || nextIndented;
    }

    /// <summary>
    /// A subhead (小标题) is a line of its own: no sentence punctuation, after a paragraph's end, and followed by
    /// an indented first line.
    /// </summary>
    private static bool IsSubhead(IReadOnlyList<BodyLine> lines, IReadOnlyDictionary<int, double> columns, int i)
    {
        var line = lines[i];
        var next = lines[i + 1];
        if (Chinese.HasSentencePunctuation(line.Text) || line.Text.Contains('、') || (i > 0 && !Chinese.EndsSentence(lines[i - 1].Text)))
            return false;
        return next.Width <= columns[next.Block] - Slack && !IsLastOfBlock(lines, i + 1) && !Chinese.EndsSentence(next.Text);
    }

    /// <summary>
    /// A Latin word is set in a proportional font with word spaces around it, so its letters and the gaps beside it
    /// may take up to an em each: a line holding one is taken as short only if it is short at that width too.
    /// </summary>
    private static double Widest(BodyLine line)
    {
        var t = line.Text;
        var extra = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            if (char.IsAsciiLetter(t[i]))
                extra += 0.5;
            else if (t[i] == ' ' && (i > 0 && char.IsAsciiLetter(t[i - 1]) || i + 1 < t.Length && char.IsAsciiLetter(t[i + 1])))
                extra += 0.75;
        }
        return line.Width + extra;
    }

    /// <summary>
    /// A line of Han characters and full-width punctuation only: its width in em is exact. Digits and Latin letters
    /// are set at a width that depends on the font and on justification (a full line holding a number is often read
    /// an em or two short), so lines with them may under-read the column.
    /// </summary>
    private static bool IsExact(BodyLine line) => line.Text.All(c => c >= 0x80);

    private static bool IsLastOfBlock(IReadOnlyList<BodyLine> lines, int i) => i + 1 >= lines.Count || lines[i + 1].Block != lines[i].Block;

    /// <summary>
    /// The column width of each block: its most common line width, so a single line swollen by thin spaces
    /// does not set it. A block of fewer than four lines takes the body's usual width, and no block is taken
    /// narrower than its (or the body's) lines of Han characters only show.
    /// </summary>
    private static Dictionary<int, double> ColumnWidths(IReadOnlyList<BodyLine> lines)
    {
        // The whole body's usual width stands for blocks too small to show their own.
        var exact = lines.Where(IsExact).Select(l => l.Width).ToList();
        var overall = lines.Count > 0 ? Mode(lines.Select(l => l.Width).ToList()) : 0;
        if (exact.Count >= 4)
            overall = Math.Max(overall, Mode(exact));
        return lines.GroupBy(l => l.Block).ToDictionary(g => g.Key, g =>
        {
            var widths = g.Select(l => l.Width).ToList();
            var exactWidths = g.Where(IsExact).Select(l => l.Width).ToList();
            if (widths.Count < 4)
                return Math.Max(overall, widths.Max() - 0.5);
            // A block whose lines nearly all hold numbers reads narrow: the body's exact lines show its width.
            return Math.Max(Mode(widths), exactWidths.Count >= 4 ? Mode(exactWidths) : overall);
        });
    }

    /// <summary>The most common width (to the nearest em; the wider on a tie): full lines outnumber short ones.</summary>
    private static double Mode(List<double> widths) =>
        widths.GroupBy(w => Math.Round(w)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

    private static void Flush(List<string> paragraphs, List<string> current)
    {
        if (current.Count == 0)
            return;
        var text = JoinBodyText.Apply(current);
        if (text.Length > 0)
            paragraphs.Add(text);
        current.Clear();
    }
}
