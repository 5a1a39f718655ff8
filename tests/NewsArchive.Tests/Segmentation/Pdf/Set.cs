using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>Glyphs set by hand for the layout steps' tests: CJK one em wide, Latin letters and digits half an em.</summary>
public static class Set
{
    public static List<PdfGlyph> Line(string text, double left, double top, double size, string font = "Body", double spacing = 0)
    {
        var glyphs = new List<PdfGlyph>();
        var x = left;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                x += size;
                continue;
            }
            var width = c < 0x2E80 ? size / 2 : size;
            glyphs.Add(new PdfGlyph(c.ToString(), x, top, width, size, font));
            x += width + spacing;
        }
        return glyphs;
    }

    /// <summary>A column of body text: lines of <paramref name="perLine"/> characters at 1.4 leading, the first indented two em.</summary>
    public static List<PdfGlyph> Column(string text, double left, double top, double size, int perLine, string font = "Body", bool indentFirst = true)
    {
        var glyphs = new List<PdfGlyph>();
        var y = top;
        var rest = text;
        var first = indentFirst;
        while (rest.Length > 0)
        {
            var room = first ? perLine - 2 : perLine;
            var piece = rest[..Math.Min(room, rest.Length)];
            glyphs.AddRange(Line(piece, left + (first ? 2 * size : 0), y, size, font));
            rest = rest[piece.Length..];
            y += 1.4 * size;
            first = false;
        }
        return glyphs;
    }
}
