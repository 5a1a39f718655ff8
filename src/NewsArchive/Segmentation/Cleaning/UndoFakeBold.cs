namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// E-paper PDFs draw bold text twice and pdftotext prints both copies: the whole string twice
/// (<c>标题标题</c>) or run by run (<c>20242024““春运春运</c>). Finds a line (or the lines of one block)
/// that is entirely such doubling and gives back one copy plus the duplicate that was removed.
/// </summary>
public static class UndoFakeBold
{
    /// <summary>Shorter strings double by accident too often (<c>——</c>, <c>谢谢</c>).</summary>
    private const int MinimumChars = 6;

    /// <summary>Longer lines are body text; the quadratic search is bounded so huge pages stay fast.</summary>
    private const int MaximumChars = 240;

    public sealed record Undone(string Kept, string Duplicate);

    /// <summary>One line: whole-string or run-by-run doubling of all its non-space characters.</summary>
    public static Undone? Line(string line)
    {
        var chars = NonSpace(line);
        if (chars.Length < MinimumChars || chars.Length > MaximumChars || chars.Length % 2 != 0)
            return null;
        if (chars.Distinct().Count() < 2)
            return null;
        var runs = Runs(chars);
        if (runs is null)
            return null;
        // Keep the spaces printed between runs (a two-part title), drop the ones inside doubled runs.
        return new Undone(string.Concat(runs.Select(r => r.Text)), string.Concat(runs.Select(r => r.Text)));
    }

    /// <summary>
    /// Whole-string doubling that wraps: the squeezed first copy and the start of the visible one share the
    /// first line, the rest of the visible copy follows on the next lines.
    /// </summary>
    public static Undone? Lines(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2)
            return null;
        var chars = NonSpace(string.Concat(lines));
        if (chars.Length < MinimumChars || chars.Length > MaximumChars * 2 || chars.Length % 2 != 0)
            return null;
        var half = chars.Length / 2;
        if (chars.AsSpan(0, half).SequenceEqual(chars.AsSpan(half)))
            return new Undone(chars[half..], chars[..half]);
        return null;
    }

    private sealed record Run(string Text);

    /// <summary>Splits the characters into runs each printed twice in a row (backtracking, longest first).</summary>
    private static List<Run>? Runs(string s)
    {
        var n = s.Length;
        // next[i] = length k of a doubled run starting at i that leads to a full parse, 0 if none.
        var next = new int[n + 1];
        var ok = new bool[n + 1];
        ok[n] = true;
        for (var i = n - 2; i >= 0; i--)
        {
            for (var k = (n - i) / 2; k >= 1; k--)
            {
                if (!ok[i + 2 * k])
                    continue;
                if (string.CompareOrdinal(s, i, s, i + k, k) == 0)
                {
                    next[i] = k;
                    ok[i] = true;
                    break;
                }
            }
        }
        if (!ok[0])
            return null;
        var runs = new List<Run>();
        for (var i = 0; i < n; i += 2 * next[i])
            runs.Add(new Run(s.Substring(i, next[i])));
        return runs;
    }

    private static string NonSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
