namespace NewsArchive.Model;

/// <summary>
/// How sure the segmentation is of a page: for each heading, where the page-wide assignment put it and how far the
/// best reading is ahead of the best reading that puts it elsewhere; the articles that are in doubt.
/// </summary>
public sealed record PageConfidence
{
    /// <summary>The smallest margin over the page's headings (large when nothing else comes close).</summary>
    public double Margin { get; init; }

    /// <summary>The estimated chance (0 to 1) that the reading of the page is wrong (scores below 0.8 against the truth).</summary>
    public double Risk { get; init; }

    public IReadOnlyList<HeadingScore> Headings { get; init; } = [];

    /// <summary>Articles a librarian should look at; empty when the page reads clearly.</summary>
    public IReadOnlyList<ItemDoubt> Doubts { get; init; } = [];

    /// <summary>Why the page as a whole is in doubt, in a librarian's words; empty when it reads clearly.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The symptoms the confidence is computed from; null on a page kept whole.</summary>
    public PageSignals? Signals { get; init; }

    public IReadOnlyList<ItemSignals> ItemSignals { get; init; } = [];

    public bool Flagged => Reasons.Count > 0;
}

/// <summary>
/// One heading of the page in the chosen reading: the article (from 1, or null when no body took it), the share of
/// its distinctive words that article reuses, the bodies printed between them, whether it is printed after the
/// body, whether the line-by-line reading put it there, its benefit, and the margin over the best other reading.
/// </summary>
public sealed record HeadingScore(string Heading, int? Item, double Lexical, int Distance, bool After, bool Kept, double Benefit, double Margin);

/// <summary>An article in doubt, why, and the corrections.yml snippet that gives the best other reading.</summary>
public sealed record ItemDoubt(int Item, string Reason, double Margin, string Correction);
