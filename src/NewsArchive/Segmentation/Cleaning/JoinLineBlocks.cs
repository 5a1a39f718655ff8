using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Undoes pdftotext's one-line blocks. poppler puts two lines in one block only when their baselines are close
/// enough for the type size; a page set with wide leading (about 1.5 times the type size and more, common in
/// newspapers' body text) comes out with a blank line after every line, and its blocks then say nothing about
/// columns, paragraphs or headings. When most of a page's lines stand alone that way, the blank lines are dropped
/// and the page is read as running text (headings, datelines and bylines still cut it), as if it had none.
/// </summary>
public static class JoinLineBlocks
{
    /// <summary>
    /// Share of lines standing alone in their block above which a page is read as one-line blocks. Pages of
    /// ordinary leading have a tenth to a quarter (headings, captions, datelines stand alone); wide-leading
    /// pages two thirds and more.
    /// </summary>
    public const double AloneShare = 0.5;

    /// <summary>Below this many lines a page is too short to tell its leading from its headings.</summary>
    public const int MinimumLines = 20;

    /// <param name="lines">The page's lines, numbered by blocks.</param>
    /// <param name="sheets">For each line, how many form feeds come before it: a new sheet always starts a block.</param>
    public static IReadOnlyList<PageLine> Apply(IReadOnlyList<PageLine> lines, IReadOnlyList<int> sheets)
    {
        if (lines.Count < MinimumLines)
            return lines;
        var perBlock = lines.GroupBy(l => l.Block).ToDictionary(g => g.Key, g => g.Count());
        var alone = lines.Count(l => perBlock[l.Block] == 1);
        if (alone <= AloneShare * lines.Count)
            return lines;
        // The headings over an article's opening (a kicker and title over its ——subtitle, dateline or ■ byline)
        // still stand apart: joined, they would glue into one heading or run into the text before them.
        var stacked = new bool[lines.Count];
        for (var i = lines.Count - 2; i >= 0; i--)
            stacked[i] = HeadingShape.IsHeadingLike(lines[i].Text) && (Opens(lines[i + 1].Text) || stacked[i + 1] && i + 2 < lines.Count && Opens(lines[i + 2].Text));
        var result = new List<PageLine>(lines.Count);
        var block = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var joined = i > 0 && sheets[i] == sheets[i - 1]
                && (lines[i].Block == lines[i - 1].Block || !stacked[i] && !stacked[i - 1]);
            if (i > 0 && !joined)
                block++;
            result.Add(lines[i] with { Block = block });
        }
        return result;
    }

    /// <summary>A line that opens an article's text under its headings: a ——subtitle, a dateline or a ■ byline.</summary>
    private static bool Opens(string text) =>
        ClassifyLine.IsSubtitle(text) || text.TrimStart().StartsWith('■') || ClassifyLine.Dateline(text).Success;
}
