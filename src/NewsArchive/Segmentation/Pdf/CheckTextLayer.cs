using System.Globalization;
using System.Text;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Whether a page's glyphs decode to real characters. A font without a usable Unicode map gives private-use,
/// control or replacement characters (or none): such a page cannot be read from its geometry, and the fonts
/// are named so the librarian knows why the page fell back.
/// </summary>
public static class CheckTextLayer
{
    public sealed record Result(PdfTextLayer Layer, IReadOnlyList<string> UndecodableFonts)
    {
        public string? Message => Layer switch
        {
            PdfTextLayer.Undecodable => $"the text of font{(UndecodableFonts.Count > 1 ? "s" : "")} {string.Join(", ", UndecodableFonts)} cannot be decoded to Unicode",
            PdfTextLayer.Missing => "no text layer (a scan?): OCR it first",
            _ => null,
        };
    }

    /// <summary>A font is undecodable when more than a tenth of its glyphs are not characters.</summary>
    public static Result Apply(IReadOnlyList<PdfGlyph> glyphs)
    {
        if (glyphs.Count == 0)
            return new Result(PdfTextLayer.Missing, []);
        var bad = glyphs.GroupBy(g => g.Font, StringComparer.Ordinal)
            .Where(f => f.Count(g => !IsCharacter(g.Text)) * 10 > f.Count())
            .Select(f => f.Key.Length == 0 ? "(unnamed)" : f.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Result(bad.Count > 0 ? PdfTextLayer.Undecodable : PdfTextLayer.Read, bad);
    }

    public static bool IsCharacter(string text)
    {
        if (text.Length == 0)
            return false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
                || rune.Value == 0xFFFD)
                return false;
        }
        return true;
    }
}
