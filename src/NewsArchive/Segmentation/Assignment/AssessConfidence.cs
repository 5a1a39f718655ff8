using System.Globalization;
using System.Text;
using NewsArchive.Model;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// Turns the heading decisions and the finished reading into the page's confidence. The page is flagged when another
/// reading comes within <see cref="AssignmentSettings.Doubt"/> of the chosen one, or when its symptoms (untitled
/// articles, text stopping mid-sentence, titles that reuse none of their article's words...) make it likely wrong
/// (<see cref="ConfidenceModel"/>). An article is in doubt for a close heading or when its own symptoms make it likely
/// wrong; each doubt carries the corrections.yml snippet that would fix it, to be edited to the truth.
/// </summary>
internal static class AssessConfidence
{
    public static PageConfidence? Apply(string text, IReadOnlyList<SegmentedItem> items, IReadOnlyList<string> leftovers,
        IReadOnlyList<HeadingDecision> decisions, IReadOnlyDictionary<int, int> itemOfDraft, AssignmentSettings settings)
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
            if (Item(d.Draft) is not { } item || d.Margin >= settings.Doubt)
                continue;
            doubts.Add(new ItemDoubt(item, $"another reading of the page is only {Round(d.Margin).ToString(CultureInfo.InvariantCulture)} behind: the title \"{d.Heading.Text}\" may belong elsewhere",
                Round(d.Margin), Snippet(d, Item)));
        }
        foreach (var s in itemSignals)
        {
            var risk = Round(ConfidenceModel.ItemRisk(s, settings.Doubt));
            if (risk >= ConfidenceModel.ItemThreshold && !doubts.Any(d => d.Item == s.Item))
                doubts.Add(new ItemDoubt(s.Item, ExplainDoubt.Item(s, risk), s.Margin, SuggestCorrection.For(s, items)));
        }
        var pageRisk = Round(ConfidenceModel.PageRisk(signals));
        var reasons = new List<string>();
        if (decisions.Any(d => d.Margin < settings.Doubt))
            reasons.Add($"the page could be read another way almost as well: {decisions.Count(d => d.Margin < settings.Doubt)} title(s) might belong to a different article");
        if (pageRisk >= ConfidenceModel.PageThreshold)
            reasons.Add(ExplainDoubt.Page(signals, pageRisk));
        // A flagged page always names an article to start from: its likeliest wrong one, even under the article threshold.
        if (reasons.Count > 0 && doubts.Count == 0 && itemSignals.Count > 0)
        {
            var worst = itemSignals.OrderByDescending(s => ConfidenceModel.ItemRisk(s, settings.Doubt)).ThenBy(s => s.Item).First();
            doubts.Add(new ItemDoubt(worst.Item, ExplainDoubt.Item(worst, Round(ConfidenceModel.ItemRisk(worst, settings.Doubt))), worst.Margin, SuggestCorrection.For(worst, items)));
        }
        return new PageConfidence
        {
            Margin = decisions.Count == 0 ? ReassignHeadings.ClearMargin : Round(decisions.Min(d => d.Margin)),
            Risk = pageRisk,
            Headings = scores,
            Doubts = doubts.OrderBy(d => d.Item).ToList(),
            Reasons = reasons,
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
