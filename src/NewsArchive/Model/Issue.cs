using System.Globalization;
namespace NewsArchive.Model;

/// <summary>One day's issue of one paper: its printed pages in page order.</summary>
public sealed record Issue
{
    public required Paper Paper { get; init; }
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<PrintedPage> Pages { get; init; }

    public string Url => string.Create(CultureInfo.InvariantCulture, $"{Paper.Slug}/{Date:yyyy/MM/dd}/index.html");
    public IEnumerable<Article> Articles => Pages.SelectMany(p => p.Articles);
}
