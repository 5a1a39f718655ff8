using System.Globalization;
using System.Text;
using NewsArchive.Model;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Turns the heading decisions into the page's confidence: an article is in doubt when another reading of the page
/// comes within <see cref="AssignmentSettings.Doubt"/> of the chosen one, or when its title reuses none of its
/// body's words (a caption, a credit or a page header read as a title does not). Each doubt carries the
/// corrections.yml snippet that gives the other reading.
/// </summary>
internal static class AssessConfidence
{
    /// <summary>A body this long always shares a word with its own headline.</summary>
    private const int LongBody = 60;

    public static PageConfidence? Apply(string text, IReadOnlyList<SegmentedItem> items, IReadOnlyList<string> leftovers,
        IReadOnlyList<HeadingDecision> decisions, IReadOnlyDictionary<int, int> itemOfDraft,
        IReadOnlyDictionary<int, int> bodyLengthOfDraft, AssignmentSettings settings)
    {
        if (decisions.Count == 0 && items.Count == 0)
            return null;
        int? Item(int? draft) => draft is { } d && itemOfDraft.TryGetValue(d, out var i) ? i : null;
        var (signals, itemSignals) = ReadPageSignals.Apply(text, items, leftovers, decisions.Select(d => (Item(d.Draft), Round(d.Margin))).ToList(), settings.Doubt);
        var scores = decisions
            .Select(d => new HeadingScore(d.Heading.Text, Item(d.Draft), Round(d.Fit?.Lexical ?? 0), d.Fit?.Distance ?? 0,
                d.Fit?.After ?? false, d.Fit?.Kept ?? false, Round(d.Fit?.Benefit ?? 0), Round(d.Margin)))
            .ToList();
        var doubts = new List<ItemDoubt>();
        foreach (var d in decisions)
        {
            if (Item(d.Draft) is not { } item)
                continue;
            string? reason = null;
            if (d.Margin < settings.Doubt)
                reason = $"another reading of the page is only {Round(d.Margin).ToString(CultureInfo.InvariantCulture)} behind: the title \"{d.Heading.Text}\" may belong elsewhere";
            else if (d.Fit is { Lexical: 0 } && bodyLengthOfDraft.GetValueOrDefault(d.Draft!.Value) >= LongBody)
                reason = $"the title \"{d.Heading.Text}\" reuses none of its article's words";
            if (reason is not null)
                doubts.Add(new ItemDoubt(item, reason, Round(d.Margin), Snippet(d, Item)));
        }
        return new PageConfidence
        {
            Margin = decisions.Count == 0 ? ReassignHeadings.ClearMargin : Round(decisions.Min(d => d.Margin)),
            Headings = scores,
            Doubts = doubts.OrderBy(d => d.Item).ToList(),
            Signals = signals,
            ItemSignals = itemSignals,
        };
    }

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    /// <summary>The corrections.yml lines that turn the chosen reading into the best other one.</summary>
    private static string Snippet(HeadingDecision decision, Func<int?, int?> item)
    {
        var yaml = new StringBuilder("items:\n");
        foreach (var (draft, title) in decision.Alternative)
        {
            if (item(draft) is not { } n)
                continue;
            yaml.Append(CultureInfo.InvariantCulture, $"  {n}:\n    title: {(title is null ? "null" : Quote(title))}\n");
        }
        if (decision.Alternative.Count == 0)
            yaml.Append(CultureInfo.InvariantCulture, $"  {item(decision.Draft)}:\n    title: null\n");
        return yaml.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
