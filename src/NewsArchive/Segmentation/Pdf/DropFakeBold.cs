using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Fake bold: e-paper producers draw a bold run twice, the copies a fraction of a point apart, and some draw the
/// extra copy squeezed to a sliver in front of the real one. A glyph is a double when the same character at the
/// same size stands within a quarter em of it (the later copy goes), or when it is squeezed to under two fifths
/// of the width the same character has beside it on its line. Each removed run is recorded.
/// </summary>
public static class DropFakeBold
{
    public const string Reason = "fake-bold duplicate";

    public sealed record Result(IReadOnlyList<PdfGlyph> Kept, IReadOnlyList<RemovedText> Removed);

    public static Result Apply(IReadOnlyList<PdfGlyph> glyphs)
    {
        var removed = new bool[glyphs.Count];
        // Index by character so each glyph is compared with its few namesakes, not with the whole page.
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (!byText.TryGetValue(glyphs[i].Text, out var list))
                byText[glyphs[i].Text] = list = [];
            list.Add(i);
        }
        foreach (var same in byText.Values)
        {
            if (same.Count < 2)
                continue;
            for (var a = 0; a < same.Count; a++)
            {
                var g = glyphs[same[a]];
                for (var b = a + 1; b < same.Count; b++)
                {
                    var h = glyphs[same[b]];
                    if (removed[same[a]] || removed[same[b]] || Math.Abs(g.Size - h.Size) > 0.05 * g.Size)
                        continue;
                    var dy = Math.Abs(g.CenterY - h.CenterY);
                    if (dy < 0.25 * g.Size && Overlaid(g, h))
                        removed[same[b]] = true;
                    // A squeezed copy may wrap where its full-width twin did not: a few lines away is still near.
                    else if (Squeezed(g, h) && Math.Abs(g.Left - h.Left) < 8 * g.Size && dy < 3 * g.Size)
                        removed[same[a]] = true;
                    else if (Squeezed(h, g) && Math.Abs(g.Left - h.Left) < 8 * g.Size && dy < 3 * g.Size)
                        removed[same[b]] = true;
                }
            }
        }
        var kept = new List<PdfGlyph>(glyphs.Count);
        var runs = new List<RemovedText>();
        var run = new System.Text.StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (removed[i])
            {
                run.Append(glyphs[i].Text);
                continue;
            }
            if (run.Length > 0)
            {
                runs.Add(new RemovedText(run.ToString(), Reason));
                run.Clear();
            }
            kept.Add(glyphs[i]);
        }
        if (run.Length > 0)
            runs.Add(new RemovedText(run.ToString(), Reason));
        return new Result(kept, runs);
    }

    /// <summary>Two copies within a quarter em of each other, both of full width.</summary>
    private static bool Overlaid(PdfGlyph g, PdfGlyph h) =>
        Math.Abs(g.Left - h.Left) < 0.25 * g.Size && Math.Abs(g.Width - h.Width) < 0.25 * Math.Max(g.Width, h.Width);

    /// <summary><paramref name="thin"/> is drawn at under two fifths of <paramref name="full"/>'s width.</summary>
    private static bool Squeezed(PdfGlyph thin, PdfGlyph full) => thin.Width < 0.4 * full.Width;
}
