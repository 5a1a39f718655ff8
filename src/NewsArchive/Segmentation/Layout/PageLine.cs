namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// One printed line of the page as pdftotext gave it. <see cref="Block"/> numbers the blank-line separated
/// blocks (a column of a body, a title, a caption); <see cref="Width"/> is the printed width of the whole line,
/// kept when part of the line is cut off (a dateline, a glued title) so column widths stay comparable.
/// </summary>
public sealed record PageLine(int Number, int Block, string Text)
{
    public double Width { get; init; } = TextWidth.Of(Text);

    /// <summary>True when the line was printed twice (fake bold): a caption or a photo's title.</summary>
    public bool Bold { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
