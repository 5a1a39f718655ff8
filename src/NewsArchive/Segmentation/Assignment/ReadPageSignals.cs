using NewsArchive.Model;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Reads the symptoms of a wrong reading off a finished segmentation, without the truth: articles without a title
/// or an opening mark, text that stops or starts mid-sentence, scraps and giants, text in no article, titles that
/// share no word with their article, and headings whose place was a close call.
/// </summary>
internal static class ReadPageSignals
{
    public const double Clear = ReassignHeadings.ClearMargin;

    /// <summary>An article with less text than this is a scrap: a caption, a credit or a split-off tail.</summary>
    public const int ScrapLength = 40;

    public static (PageSignals Page, IReadOnlyList<ItemSignals> Items) Apply(string text, IReadOnlyList<SegmentedItem> items,
        IReadOnlyList<string> leftovers, IReadOnlyList<(int? Item, double Margin)> headings, double doubt)
    {
        var lengths = items.Select(Length).ToList();
        var median = Median(lengths);
        var grams = items.Select(i => Bigrams(i.Paragraphs)).ToList();
        var signals = items.Select((item, i) =>
        {
            SegmentationBudget.Step();
            var margins = headings.Where(h => h.Item == i + 1).Select(h => h.Margin).ToList();
            var body = string.Concat(item.Paragraphs);
            return new ItemSignals(
                i + 1,
                margins.Count == 0 ? Clear : margins.Min(),
                item.Title is null,
                item.Dateline is null && item.Byline is null && item.Reporters.Count == 0 && item.Photographers.Count == 0 && item.Credits.Count == 0,
                item.Paragraphs.Count > 0 && item.Continuations.Count == 0 && !Chinese.EndsSentence(item.Paragraphs[^1]),
                body.TrimStart() is { Length: > 0 } start && Chinese.IsPunctuation(start[0]) && start[0] is not ('“' or '《' or '（' or '「' or '『' or '【' or '—' or '…'),
                median > 0 && (lengths[i] * 4 < median || lengths[i] > median * 3),
                lengths[i] < ScrapLength,
                item.Title is { } title && body.Length >= ScrapLength && !Bigrams([title]).Overlaps(grams[i]),
                item.Title is { } t && Nearer(Bigrams([t]), grams, i),
                item.Paragraphs.Select((p, k) => ClassifyLine.Dateline(p) is { Success: true } m && (k > 0 || m.Index > 0)).Any(x => x),
                item.Paragraphs.Count > 2 && item.Paragraphs.Skip(1).Take(item.Paragraphs.Count - 2).Any(LooksLikeHeading));
        }).ToList();
        static int Count(string s) => s.Count(c => !char.IsWhiteSpace(c));
        var all = Count(text);
        double Share(Func<ItemSignals, bool> f) => items.Count == 0 ? 0 : Math.Round((double)signals.Count(f) / items.Count, 3);
        var titled = signals.Count(s => !s.Untitled);
        var page = new PageSignals(
            items.Count,
            headings.Count == 0 ? Clear : headings.Min(h => h.Margin),
            headings.Count(h => h.Margin < doubt),
            headings.Count(h => h.Item is null),
            Share(s => s.Untitled),
            Share(s => s.NoAnchor),
            Share(s => s.OpenEnd),
            Share(s => s.OpenStart),
            Share(s => s.Outlier),
            Share(s => s.Scrap),
            all == 0 ? 0 : Math.Round((double)leftovers.Sum(Count) / all, 3),
            titled == 0 ? 0 : Math.Round((double)signals.Count(s => s.UnrelatedTitle) / titled, 3),
            titled == 0 ? 0 : Math.Round((double)signals.Count(s => s.TitleNearer) / titled, 3),
            Share(s => s.InnerDateline),
            Share(s => s.InnerHeading));
        return (page, signals);
    }

    /// <summary>A title reuses more words of another article's text than of its own.</summary>
    private static bool Nearer(HashSet<int> title, IReadOnlyList<HashSet<int>> bodies, int own)
    {
        var mine = title.Count(bodies[own].Contains);
        return bodies.Where((_, j) => j != own).Any(b => title.Count(b.Contains) > mine);
    }

    /// <summary>The words of <see cref="ScoreHeadingFit.Bigrams"/> (pairs of Han characters, letters, digits), as numbers: no string per pair.</summary>
    private static HashSet<int> Bigrams(IEnumerable<string> texts)
    {
        var grams = new HashSet<int>();
        var previous = '\0';
        foreach (var text in texts)
        {
            foreach (var raw in text)
            {
                if (!Chinese.IsHan(raw) && !char.IsLetterOrDigit(raw))
                    continue;
                var c = char.ToLowerInvariant(raw);
                if (previous != '\0')
                    grams.Add(previous << 16 | c);
                previous = c;
            }
        }
        return grams;
    }

    /// <summary>A paragraph as short as a headline and without a sentence's punctuation (a 小标题 or a lost title).</summary>
    private static bool LooksLikeHeading(string paragraph)
    {
        var t = paragraph.Trim();
        return t.Length is > 0 and <= 20 && !Chinese.HasSentencePunctuation(t) && !Chinese.EndsSentence(t);
    }

    private static int Length(SegmentedItem item) => item.Paragraphs.Sum(p => p.Count(c => !char.IsWhiteSpace(c)));

    private static double Median(List<int> values)
    {
        if (values.Count == 0)
            return 0;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }
}
