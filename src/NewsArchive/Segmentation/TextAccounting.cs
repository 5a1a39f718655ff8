using System.Text;
using NewsArchive.Model;

namespace NewsArchive.Segmentation;

/// <summary>
/// Nothing lost, nothing invented: the multiset of non-space characters of the page equals the multiset over
/// every item field, every removed piece and every leftover.
/// </summary>
public static class TextAccounting
{
    /// <summary>Characters of the page found nowhere in the output, and characters of the output not on the page.</summary>
    public sealed record Result(string Missing, string Extra)
    {
        public bool Holds => Missing.Length == 0 && Extra.Length == 0;
    }

    public static Result Check(string page, PageSegmentation segmentation)
    {
        var counts = new Dictionary<Rune, int>();
        Add(counts, page, +1);
        foreach (var piece in Outputs(segmentation))
            Add(counts, piece, -1);
        var missing = new StringBuilder();
        var extra = new StringBuilder();
        foreach (var (rune, n) in counts.OrderBy(kv => kv.Key.Value))
        {
            for (var i = 0; i < Math.Abs(n); i++)
                (n > 0 ? missing : extra).Append(rune.ToString());
        }
        return new Result(missing.ToString(), extra.ToString());
    }

    /// <summary>Every string the segmentation put its text in.</summary>
    public static IEnumerable<string> Outputs(PageSegmentation segmentation)
    {
        foreach (var item in segmentation.Items)
        {
            foreach (var s in new[] { item.Kicker, item.Title, item.Subtitle, item.Dateline, item.Byline })
                if (s is not null)
                    yield return s;
            foreach (var list in new[] { item.Paragraphs, item.Captions, item.Continuations, item.Credits })
                foreach (var s in list)
                    yield return s;
        }
        foreach (var removed in segmentation.Removed)
            yield return removed.Text;
        foreach (var leftover in segmentation.Leftovers)
            yield return leftover;
    }

    private static void Add(Dictionary<Rune, int> counts, string text, int sign)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || rune.Value == '\f')
                continue;
            counts[rune] = counts.GetValueOrDefault(rune) + sign;
        }
    }
}
