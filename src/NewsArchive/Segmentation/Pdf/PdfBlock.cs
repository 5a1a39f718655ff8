using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>Lines of one type size stacked at the usual leading: one column of a body, a title, a caption.</summary>
public sealed record PdfBlock(IReadOnlyList<PdfLine> Lines)
{
    public PageRegion Box { get; } = PdfLine.Union(Lines.Select(l => l.Box));
    public double Size { get; } = GroupLines.Median(Lines.SelectMany(l => l.Glyphs).Select(g => g.Size));
    public double Left => Box.Left;
    public double Top => Box.Top;
    public double Right => Box.Right;
    public double Bottom => Box.Bottom;
    public string Font => Lines[0].Font;
    public bool Vertical => Lines[0].Vertical;

    /// <summary>The block's text as printed: lines joined without a space (a space inside a line is kept).</summary>
    public string Text => string.Concat(Lines.Select(l => l.Text));
    public string Compact => string.Concat(Lines.Select(l => l.Compact));
    public int Length => Lines.Sum(l => l.Glyphs.Count);
}
