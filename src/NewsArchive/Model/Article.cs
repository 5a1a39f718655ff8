using System.Globalization;
namespace NewsArchive.Model;

/// <summary>
/// An article placed in the archive. Its id comes from paper, date, page and position only,
/// so correcting a title never changes its URL.
/// </summary>
public sealed record Article
{
    public required Paper Paper { get; init; }
    public required DateOnly Date { get; init; }
    public required int PageNumber { get; init; }
    public string? PageName { get; init; }

    /// <summary>1-based position in the page's reading order.</summary>
    public required int Position { get; init; }
    public required SegmentedItem Item { get; init; }

    /// <summary>Filled by enrichment; null until then.</summary>
    public Enrichment? Enrichment { get; init; }

    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Paper.Slug}-{Date:yyyyMMdd}-{PageNumber:00}-{Position:00}");

    /// <summary>Site-root-relative URL path, without a leading slash.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"{Paper.Slug}/{Date:yyyy/MM/dd}/{PageNumber:00}/{Position:00}.html");

    /// <summary>What lists show when the item has no printed title (photo news): the start of its body.</summary>
    /// <remarks>An item with no body either (a lone credit or byline a segmenter could not attach) shows what it has, so no link is nameless.</remarks>
    public string DisplayTitle => Item.Title ?? Abbreviate(Item.Paragraphs.FirstOrDefault() ?? Item.Captions.FirstOrDefault()
        ?? Item.Subtitle ?? Item.Kicker ?? Item.Byline ?? Item.Credits.FirstOrDefault() ?? string.Join("、", Item.Reporters.Concat(Item.Photographers)));

    private static string Abbreviate(string text) =>
        text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 24), "…");
}
