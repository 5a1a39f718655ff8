namespace NewsArchive.Rendering;

/// <summary>
/// An article's meta description: the opening sentences of its Chinese summary, about what a search engine shows
/// (some 40 to 80 characters). The page shows the whole summary under its heading; the meta tag repeated all of it,
/// a quarter of a KB on every article page (issue 22).
/// </summary>
public static class MetaDescription
{
    /// <summary>Sentences are taken until the description has at least this many characters.</summary>
    public const int Enough = 40;

    /// <summary>A description is never longer than this; a longer first sentence is cut at a character and ends in "…".</summary>
    public const int Most = 80;

    private static readonly char[] Ends = ['。', '！', '？', '!', '?', '；'];

    public static string? Of(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
            return summary;
        var text = summary.Trim();
        var end = 0;
        while (end < Enough)
        {
            var next = text.IndexOfAny(Ends, end);
            if (next < 0)
            {
                end = text.Length;
                break;
            }
            end = next + 1;
        }
        if (end <= Most)
            return text[..end];
        // Never cut between the two halves of a surrogate pair.
        var cut = char.IsHighSurrogate(text[Most - 1]) ? Most - 1 : Most;
        return text[..cut] + "…";
    }
}
