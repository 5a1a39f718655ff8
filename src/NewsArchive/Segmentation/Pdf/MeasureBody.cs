namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// The page's own yardsticks: the body type size and font (those that set the most glyphs) and the usual body
/// column width. Every other threshold is a multiple of these, so a tabloid at 8 pt and a broadsheet at 10.5 pt
/// read alike.
/// </summary>
public sealed record BodyMeasure(double Size, string Font, double ColumnWidth)
{
    public static BodyMeasure Of(IReadOnlyList<PdfBlock> blocks)
    {
        var glyphs = blocks.SelectMany(b => b.Lines).SelectMany(l => l.Glyphs).ToList();
        if (glyphs.Count == 0)
            return new BodyMeasure(10, "", 100);
        var size = glyphs.GroupBy(g => Math.Round(g.Size * 2) / 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var font = glyphs.Where(g => Math.Abs(g.Size - size) <= 0.3).GroupBy(g => g.Font, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "";
        var widths = blocks.Where(b => b.Lines.Count >= 3 && Math.Abs(b.Size - size) <= 0.1 * size)
            .SelectMany(b => b.Lines).Select(l => Math.Round(l.Box.Width / size)).ToList();
        var column = widths.Count == 0 ? 12 * size : widths.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key * size;
        return new BodyMeasure(size, font, column);
    }

    /// <summary>The block's type size in body sizes.</summary>
    public double Ratio(PdfBlock block) => block.Size / Size;

    public TypeTier Tier(PdfBlock block) => Ratio(block) switch
    {
        >= 1.5 => TypeTier.Title,
        >= 1.1 => TypeTier.Display,
        >= 0.93 => TypeTier.Body,
        _ => TypeTier.Small,
    };
}

/// <summary>Type sizes relative to the body: headline, the display sizes between (kicker, subtitle, brief title), body, small print.</summary>
public enum TypeTier
{
    Small,
    Body,
    Display,
    Title,
}
