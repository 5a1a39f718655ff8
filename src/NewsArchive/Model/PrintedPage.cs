using System.Globalization;
namespace NewsArchive.Model;

/// <summary>A printed page after segmentation: its articles in reading order and whatever text no article took.</summary>
public sealed record PrintedPage
{
    /// <summary>Where the page came from; its <see cref="PageSource.Text"/> is empty once segmented (the text is in the articles).</summary>
    public required PageSource Source { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public IReadOnlyList<string> Leftovers { get; init; } = [];
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>The page's size in points when it was segmented from a PDF: the frame of its articles' regions.</summary>
    public PageSize? Size { get; init; }

    /// <summary>Set when the segmentation is unsure of this page and no corrections file settles it: the review page lists it.</summary>
    public PageConfidence? Doubtful { get; init; }

    /// <summary>The page's text, kept only for a doubtful page when the review page is written (it links to a copy).</summary>
    public string? ReviewText { get; init; }

    public Paper Paper => Source.Paper;
    public DateOnly Date => Source.Date;
    public int Number => Source.Number;
    public string Url => string.Create(CultureInfo.InvariantCulture, $"{Paper.Slug}/{Date:yyyy/MM/dd}/{Number:00}/index.html");
}
