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
        var shortLine = line.Width <= columns[line.Block] - Slack;
        // A short line after a sentence end is an indented first line, unless it is itself a short last line of a
        // block that ends a sentence (then it may be the end of the same paragraph).
        var nextIndented = next.Width <= columns[next.Block] - Slack && !(IsLastOfBlock(lines, i + 1) && Chinese.EndsSentence(next.Text));
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

    private static bool IsLastOfBlock(IReadOnlyList<BodyLine> lines, int i) => i + 1 >= lines.Count || lines[i + 1].Block != lines[i].Block;

    /// <summary>
    /// The column width of each block: its most common line width, so a single line swollen by thin spaces
    /// does not set it. A block of fewer than four lines takes the body's usual width.
    /// </summary>
    private static Dictionary<int, double> ColumnWidths(IReadOnlyList<BodyLine> lines)
    {
        // The whole body's usual width stands for blocks too small to show their own.
        var overall = lines.Count > 0 ? Mode(lines.Select(l => l.Width).ToList()) : 0;
        return lines.GroupBy(l => l.Block).ToDictionary(g => g.Key, g =>
        {
            var widths = g.Select(l => l.Width).ToList();
            return widths.Count >= 4 ? Mode(widths) : Math.Max(overall, widths.Max() - 0.5);
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
