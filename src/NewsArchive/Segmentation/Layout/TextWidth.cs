namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Printed width of a line in em: CJK characters and full-width punctuation take one em, digits and Latin
/// letters about half, the thin spaces pdftotext prints around numbers a little. Column widths, short last
/// lines and first-line indents are read from these widths.
/// </summary>
public static class TextWidth
{
    public static double Of(string line)
    {
        double w = 0;
        foreach (var c in line.Trim())
            w += c == ' ' ? 0.25 : c < 0x80 ? 0.5 : 1;
        return w;
    }
}
