namespace NewsArchive.Segmentation.Layout;

/// <summary>Part of a printed line that belongs to an article's body, with the printed line's width and block.</summary>
public sealed record BodyLine(string Text, double Width, int Block)
{
    /// <summary>Set when layout alone shows a paragraph starts here (a subhead, a question of an interview).</summary>
    public bool StartsParagraph { get; init; }
}
