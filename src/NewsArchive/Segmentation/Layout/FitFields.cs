using NewsArchive.Model;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// The lengths an item's short fields have in print, in one place. A rule that takes too much into a field (a page
/// of one 200,000-character line once became one byline with 73 reporters, never rendered) gives it back: the text
/// goes to the top of the article's body, in print order, with a warning, and no people are read from it.
/// </summary>
public static class FitFields
{
    public const int MaxKicker = 60;
    public const int MaxTitle = 100;
    public const int MaxSubtitle = 150;
    public const int MaxDateline = 60;
    public const int MaxByline = 80;
    public const int MaxCredit = 80;

    /// <summary>Reporters or photographers of one article; a longer list is a misread, not a byline.</summary>
    public const int MaxPeople = 12;

    public static SegmentedItem Apply(SegmentedItem item, ICollection<string> warnings)
    {
        var moved = new List<string>();
        string? Fit(string? value, int max, string field)
        {
            if (value is null || value.Length <= max)
                return value;
            moved.Add(value);
            warnings.Add($"a {field} of {value.Length} characters is longer than any {field} ({max}); its text is kept in the article's body");
            return null;
        }
        var kicker = Fit(item.Kicker, MaxKicker, "kicker");
        var title = Fit(item.Title, MaxTitle, "title");
        var subtitle = Fit(item.Subtitle, MaxSubtitle, "subtitle");
        var dateline = Fit(item.Dateline, MaxDateline, "dateline");
        var byline = Fit(item.Byline, MaxByline, "byline");
        var reporters = byline is null && item.Byline is not null ? [] : item.Reporters;
        var photographers = byline is null && item.Byline is not null ? [] : item.Photographers;
        if (reporters.Count > MaxPeople || photographers.Count > MaxPeople)
        {
            warnings.Add($"{reporters.Count} reporters and {photographers.Count} photographers read for one article, more than any byline names ({MaxPeople}); none are kept");
            (reporters, photographers) = ([], []);
        }
        var credits = new List<string>();
        foreach (var credit in item.Credits)
            if (Fit(credit, MaxCredit, "picture credit") is { } kept)
                credits.Add(kept);
        if (moved.Count == 0 && ReferenceEquals(reporters, item.Reporters) && ReferenceEquals(photographers, item.Photographers))
            return item;
        return item with
        {
            Kicker = kicker,
            Title = title,
            Subtitle = subtitle,
            Dateline = dateline,
            Byline = byline,
            Reporters = reporters,
            Photographers = photographers,
            Credits = credits,
            Paragraphs = [.. moved, .. item.Paragraphs],
        };
    }
}
