using NewsArchive.Model;

namespace NewsArchive.Segmentation.Corrections;

/// <summary>
/// Applies a librarian's corrections to the automatic segmentation: splits first, then merges, then field
/// values. Text a correction replaces is recorded in <see cref="PageSegmentation.Removed"/>, so the page's text
/// stays accounted for; a correction that does not fit the page becomes a warning, never an exception.
/// </summary>
public static class ApplyCorrections
{
    public const string ReplacedReason = "replaced by a correction";

    public static (PageSegmentation Result, IReadOnlyList<string> Warnings) Apply(PageSegmentation segmentation, PageCorrections corrections)
    {
        var warnings = new List<string>();
        var items = segmentation.Items.ToList();
        var removed = segmentation.Removed.ToList();

        foreach (var split in corrections.Splits)
        {
            if (!Split(items, split))
                warnings.Add($"split: no paragraph contains '{split}'");
        }

        foreach (var number in corrections.Merges.Distinct().OrderDescending())
        {
            if (number >= items.Count)
            {
                warnings.Add($"merge: there is no item after item {number} (the page has {items.Count})");
                continue;
            }
            items[number - 1] = Merge(items[number - 1], items[number]);
            items.RemoveAt(number);
        }

        foreach (var (number, fix) in corrections.Items.OrderBy(kv => kv.Key))
        {
            if (number > items.Count)
            {
                warnings.Add($"items: there is no item {number} (the page has {items.Count})");
                continue;
            }
            var item = items[number - 1];
            item = item with
            {
                Kind = fix.Kind ?? item.Kind,
                Kicker = Replace(item.Kicker, fix.Kicker, removed),
                Title = Replace(item.Title, fix.Title, removed),
                Subtitle = Replace(item.Subtitle, fix.Subtitle, removed),
                Reporters = fix.Reporters ?? item.Reporters,
                Photographers = fix.Photographers ?? item.Photographers,
            };
            items[number - 1] = item;
        }
        return (segmentation with { Items = items, Removed = removed }, warnings);
    }

    private static string? Replace(string? current, Optional<string?> fix, List<RemovedText> removed)
    {
        if (!fix.IsSet || fix.Value == current)
            return current;
        if (current is not null)
            removed.Add(new RemovedText(current, ReplacedReason));
        return fix.Value;
    }

    /// <summary>Starts a new item at the paragraph text beginning with <paramref name="start"/> (spaces ignored).</summary>
    private static bool Split(List<SegmentedItem> items, string start)
    {
        var needle = Compact(start);
        if (needle.Length == 0)
            return false;
        for (var i = 0; i < items.Count; i++)
        {
            var paragraphs = items[i].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var at = paragraphs[p].IndexOf(needle, StringComparison.Ordinal);
                if (at < 0 || (p == 0 && at == 0))
                    continue;
                var before = paragraphs.Take(p).ToList();
                var after = paragraphs.Skip(p + 1).ToList();
                if (at > 0)
                    before.Add(paragraphs[p][..at]);
                after.Insert(0, paragraphs[p][at..]);
                items[i] = items[i] with { Paragraphs = before };
                items.Insert(i + 1, new SegmentedItem { Kind = ItemKind.News, Paragraphs = after });
                return true;
            }
        }
        return false;
    }

    /// <summary>One article from two: the second's headings and byline, where the first has its own, join the body.</summary>
    private static SegmentedItem Merge(SegmentedItem first, SegmentedItem second)
    {
        var paragraphs = first.Paragraphs.ToList();
        foreach (var heading in new[] { second.Kicker, second.Title, second.Subtitle })
        {
            if (heading is not null && (first.Title is not null || heading != second.Title))
                paragraphs.Add(heading);
        }
        if (second.Dateline is not null && first.Dateline is not null)
            paragraphs.Add(second.Dateline);
        if (second.Byline is not null && first.Byline is not null)
            paragraphs.Add(second.Byline);
        paragraphs.AddRange(second.Paragraphs);
        return first with
        {
            Title = first.Title ?? second.Title,
            Dateline = first.Dateline ?? second.Dateline,
            Byline = first.Byline ?? second.Byline,
            Reporters = [.. first.Reporters.Concat(second.Reporters).Distinct()],
            Photographers = [.. first.Photographers.Concat(second.Photographers).Distinct()],
            Paragraphs = paragraphs,
            Captions = [.. first.Captions, .. second.Captions],
            Continuations = [.. first.Continuations, .. second.Continuations],
            Credits = [.. first.Credits, .. second.Credits],
        };
    }

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
