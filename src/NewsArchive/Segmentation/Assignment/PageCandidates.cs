namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// One heading line (or run of lines read as one) the assignment may place: a title, a line read as a kicker, or a
/// heading no body took. <see cref="Owner"/> is the draft the line-by-line reading gave it to, or null;
/// <see cref="Order"/> its place among the page's headings in text order; <see cref="Subtitle"/> the ——subtitle
/// printed with it, which goes where it goes.
/// </summary>
internal sealed record HeadingCandidate(string Text, int Block, int Order, int? Owner, bool Kicker, string? Subtitle)
{
    /// <summary>The words a body should reuse: the heading and its subtitle.</summary>
    public string Words => Subtitle is null ? Text : Text + " " + Subtitle;
}

/// <summary>An article body in text order: the blocks it has lines in and its text, for the word reuse of headlines.</summary>
internal sealed record BodyCandidate(int Draft, IReadOnlySet<int> Blocks, string Text, bool Photo)
{
    public int FirstBlock => Blocks.Min();

    public int LastBlock => Blocks.Max();
}

/// <summary>The page read as candidates: headings and bodies, each list in text order.</summary>
internal sealed record PageCandidates(IReadOnlyList<HeadingCandidate> Headings, IReadOnlyList<BodyCandidate> Bodies)
{
    /// <summary>The heading printed right after heading <paramref name="h"/> with no body line between them, or -1.</summary>
    public int NextAdjacent(int h)
    {
        if (h + 1 >= Headings.Count)
            return -1;
        var (from, to) = (Headings[h].Block, Headings[h + 1].Block);
        return Bodies.Any(b => b.Blocks.Any(x => x > from && x < to)) ? -1 : h + 1;
    }
}
