namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// A heading the assignment may move: a title with the kicker and subtitle printed with it (they move together),
/// or a heading no body took. <see cref="Owner"/> is the draft the line-by-line reading gave it to, or null.
/// </summary>
internal sealed record HeadingCandidate(string Text, int Block, int? Owner, string Words);

/// <summary>An article body in text order: the blocks it spans and its text, for the word reuse of headlines.</summary>
internal sealed record BodyCandidate(int Draft, int FirstBlock, int LastBlock, string Text, bool Photo);

/// <summary>The page read as candidates: headings and bodies, each list in text order.</summary>
internal sealed record PageCandidates(IReadOnlyList<HeadingCandidate> Headings, IReadOnlyList<BodyCandidate> Bodies);
