using System.Globalization;
using NewsArchive.Model;

namespace NewsArchive.Rendering.Views;

// What templates see. Flat, string-typed fields so templates need no date or enum logic;
// every URL is site-root-absolute ("/paper/..."), and PostProcessHtml makes it relative to the page.

public sealed record PaperView(string Slug, string NameZh, string NameEn)
{
    public static PaperView From(Paper p) => new(p.Slug, p.NameZh, p.NameEn);
}

public sealed record ArticleLinkView(string Url, string Title, string? TitleEn, string Kind, int Page, int Position);

public sealed record ArticleView
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required PaperView Paper { get; init; }
    public required string Date { get; init; }
    public required int Page { get; init; }
    public string? PageName { get; init; }
    public required string PageUrl { get; init; }
    public required string IssueUrl { get; init; }
    public required string Kind { get; init; }
    public string? Kicker { get; init; }
    public string? Title { get; init; }
    public required string DisplayTitle { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Reporters { get; init; } = [];
    public IReadOnlyList<string> Photographers { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public IReadOnlyList<string> Continuations { get; init; } = [];
    public string? SummaryZh { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? TitleEn { get; init; }
    public string? SummaryEn { get; init; }
    public required string EnglishSource { get; init; }
    public ArticleLinkView? Previous { get; init; }
    public ArticleLinkView? Next { get; init; }

    /// <summary>Articles the search index finds most alike, best first.</summary>
    public IReadOnlyList<ArticleLinkView> Related { get; init; } = [];

    public static string Root(string url) => "/" + url;

    public static ArticleLinkView Link(Article a) =>
        new(Root(a.Url), a.DisplayTitle, a.Enrichment?.TitleEn, KindName(a.Item.Kind), a.PageNumber, a.Position);

    public static string KindName(ItemKind kind) => kind.ToString().ToLowerInvariant();

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ArticleView From(Article a, Article? previous, Article? next) => new()
    {
        Id = a.Id,
        Url = Root(a.Url),
        Paper = PaperView.From(a.Paper),
        Date = Iso(a.Date),
        Page = a.PageNumber,
        PageName = a.PageName,
        PageUrl = Root($"{a.Paper.Slug}/{a.Date:yyyy/MM/dd}/{a.PageNumber:00}/index.html"),
        IssueUrl = Root($"{a.Paper.Slug}/{a.Date:yyyy/MM/dd}/index.html"),
        Kind = KindName(a.Item.Kind),
        Kicker = a.Item.Kicker,
        Title = a.Item.Title,
        DisplayTitle = a.DisplayTitle,
        Subtitle = a.Item.Subtitle,
        Reporters = a.Item.Reporters,
        Photographers = a.Item.Photographers,
        Paragraphs = a.Item.Paragraphs,
        Captions = a.Item.Captions,
        Continuations = a.Item.Continuations,
        SummaryZh = a.Enrichment?.SummaryZh,
        Keywords = a.Enrichment?.Keywords ?? [],
        TitleEn = a.Enrichment?.TitleEn,
        SummaryEn = a.Enrichment?.SummaryEn,
        EnglishSource = (a.Enrichment?.EnglishSource ?? Model.EnglishSource.None).ToString().ToLowerInvariant(),
        Previous = previous is null ? null : Link(previous),
        Next = next is null ? null : Link(next),
    };
}

public sealed record PrintedPageView(string Url, int Number, string? Name, IReadOnlyList<ArticleLinkView> Articles, IReadOnlyList<string> Leftovers);

public sealed record IssueView(string Url, PaperView Paper, string Date, IReadOnlyList<PrintedPageView> Pages, int ArticleCount)
{
    public static IssueView From(Issue issue) => new(
        ArticleView.Root(issue.Url),
        PaperView.From(issue.Paper),
        ArticleView.Iso(issue.Date),
        [.. issue.Pages.Select(p => new PrintedPageView(ArticleView.Root(p.Url), p.Number, p.Source.Name, [.. p.Articles.Select(ArticleView.Link)], p.Leftovers))],
        issue.Articles.Count());
}

/// <summary>What every page gets: the site's name and where the page lives.</summary>
public sealed record SiteView(string Title, string TitleEn, string? BaseUrl, IReadOnlyList<PaperView> Papers);

public static class ViewTypes
{
    public static readonly Type[] All =
        [typeof(PaperView), typeof(ArticleLinkView), typeof(ArticleView), typeof(PrintedPageView), typeof(IssueView), typeof(SiteView)];
}
