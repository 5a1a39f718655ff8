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

    public static Result Apply(IReadOnlyList<PdfGlyph> glyphs)
    {
        if (glyphs.Count == 0)
            return new Result(PdfTextLayer.Missing, []);
        var bad = UndecodableFonts(glyphs.Select(g => (g.Font, g.Text)));
        return new Result(bad.Count > 0 ? PdfTextLayer.Undecodable : PdfTextLayer.Read, bad);
    }

    /// <summary>
    /// The fonts, by name and sorted, that do not decode: more than a tenth of their glyphs no character, or at least
    /// three and more than a quarter outside the scripts a Chinese paper prints. The second catches a CID font with no
    /// ToUnicode map (Identity-H, as Founder and InDesign write them): its glyph numbers come out as code points, real
    /// characters but scattered over Hangul, Braille, rare ideographs and symbols. One rare character in a name does
    /// not make a font undecodable.
    /// </summary>
    public static IReadOnlyList<string> UndecodableFonts(IEnumerable<(string Font, string Text)> glyphs) =>
        glyphs.Where(g => g.Text.Length > 0 && !g.Text.All(char.IsWhiteSpace))
            .GroupBy(g => g.Font, StringComparer.Ordinal)
            .Where(f =>
            {
                var count = f.Count();
                var unprinted = f.Count(g => !IsPrinted(g.Text));
                return f.Count(g => !IsCharacter(g.Text)) * 10 > count || unprinted >= 3 && unprinted * 4 > count;
            })
            .Select(f => f.Key.Length == 0 ? "(unnamed)" : f.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Whether every character is of a script or symbol block a Chinese newspaper sets: Latin, Greek and Cyrillic,
    /// punctuation, numbers, arrows and mathematical signs, enclosed numbers, box and geometric shapes, dingbats,
    /// CJK radicals, punctuation and enclosed forms, the unified and compatibility ideographs, full- and half-width forms.
    /// </summary>
    public static bool IsPrinted(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            var printed = c is >= 0x20 and <= 0x24F or >= 0x370 and <= 0x4FF or >= 0x2000 and <= 0x22FF or >= 0x2460 and <= 0x27BF
                or >= 0x2E80 and <= 0x2FDF or >= 0x3000 and <= 0x303F or 0x30FB or 0x30FC or >= 0x3200 and <= 0x33FF
                or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFE10 and <= 0xFE1F or >= 0xFE30 and <= 0xFE6F or >= 0xFF00 and <= 0xFFEF;
            if (!printed)
                return false;
        }
        return true;
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
