using System.Globalization;
using System.Text;
using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// The corrections.yml lines a librarian would start from for an article in doubt, chosen by its symptom: text that
/// stops mid-sentence before an untitled article is one article with it (merge); a heading-like line or a second
/// dateline inside the text starts another (split); a title that fits another article moves there. The snippet is
/// a starting point, to be edited to what the printed page says.
/// </summary>
internal static class SuggestCorrection
{
    public static string For(ItemSignals s, IReadOnlyList<SegmentedItem> items)
    {
        var n = s.Item;
        var item = items[n - 1];
        var yaml = new StringBuilder();
        if (s.OpenEnd && n < items.Count && items[n].Title is null)
            yaml.Append(CultureInfo.InvariantCulture, $"merge: [{n}]    # article {n + 1} goes on with article {n}'s text\n");
        else if (s.Untitled && n > 1 && !Chinese.EndsSentence(items[n - 2].Paragraphs.LastOrDefault() ?? "。"))
            yaml.Append(CultureInfo.InvariantCulture, $"merge: [{n - 1}]    # article {n} goes on with article {n - 1}'s text\n");
        else if (SplitAt(item) is { } start)
            yaml.Append("split:    # a new article starts here\n  - ").Append(Quote(start)).Append('\n');
        yaml.Append("items:\n");
        if (item.Title is { } title && (s.TitleNearer || s.UnrelatedTitle))
        {
            // The title fits another article's words better: it is that article's, and this one's is elsewhere (or none).
            if (Nearest(title, items, n - 1) is { } other && s.TitleNearer)
                yaml.Append(CultureInfo.InvariantCulture, $"  {other + 1}:\n    title: {Quote(title)}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  {n}:\n    title: null    # or the title printed for this article\n");
        }
        else
            yaml.Append(CultureInfo.InvariantCulture, $"  {n}:\n    title: {(item.Title is null ? "null" : Quote(item.Title))}    # the title printed for this article\n");
        return yaml.ToString();
    }

    /// <summary>Where a second article seems to start inside this one: a dateline past its opening, or a heading-like line.</summary>
    private static string? SplitAt(SegmentedItem item)
    {
        for (var k = 0; k < item.Paragraphs.Count; k++)
        {
            var p = item.Paragraphs[k];
            if (ClassifyLine.Dateline(p) is { Success: true } m && (k > 0 || m.Index > 0))
                return Start(p[m.Index..]);
            if (k > 0 && k < item.Paragraphs.Count - 1 && IsShort(p))
                return Start(p);
        }
        return null;
    }

    /// <summary>The article (index) whose text reuses most of the title's words, other than its own.</summary>
    private static int? Nearest(string title, IReadOnlyList<SegmentedItem> items, int own)
    {
        var grams = ScoreHeadingFit.Bigrams(title);
        var best = Enumerable.Range(0, items.Count).Where(i => i != own)
            .Select(i => (i, shared: grams.Count(ScoreHeadingFit.Bigrams(string.Concat(items[i].Paragraphs)).Contains)))
            .OrderByDescending(x => x.shared).ThenBy(x => x.i).FirstOrDefault();
        return best.shared > 0 ? best.i : null;
    }

    private static bool IsShort(string paragraph) => paragraph.Trim().Length <= 20 && !Chinese.HasSentencePunctuation(paragraph);

    /// <summary>The text the split is at: enough characters to be unique on the page.</summary>
    private static string Start(string paragraph)
    {
        var t = paragraph.Trim();
        return t.Length <= 12 ? t : t[..12];
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
