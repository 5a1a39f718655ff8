using System.Globalization;
using System.Text;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>The views of issues and articles, and where an article's names and keywords link.</summary>
public sealed partial class RenderSite
{
    private IssueView IssueViewOf(Issue issue, BrowseIndex index, Dictionary<string, ArticleLinkView> links)
    {
        var pages = issue.Pages.Select((p, i) => new PrintedPageView("/" + p.Url, p.Number, p.Source.Name, [.. p.Articles.Select(a => links[a.Id])], p.Leftovers)
        {
            Image = _pageImages.ForPage(p, links),
            PreviousUrl = i > 0 ? "/" + issue.Pages[i - 1].Url : null,
            NextUrl = i + 1 < issue.Pages.Count ? "/" + issue.Pages[i + 1].Url : null,
        }).ToList();
        var siblings = index.IssuesByPaper[issue.Paper.Slug];
        var at = siblings.BinarySearch(issue, Comparer<Issue>.Create((a, b) => a.Date.CompareTo(b.Date)));
        return new IssueView("/" + issue.Url, PaperView.From(issue.Paper), DateText.Iso(issue.Date), DateText.Zh(issue.Date), DateText.En(issue.Date), pages, pages.Sum(p => p.Articles.Count))
        {
            PreviousUrl = at > 0 ? "/" + siblings[at - 1].Url : null,
            NextUrl = at >= 0 && at + 1 < siblings.Count ? "/" + siblings[at + 1].Url : null,
        };
    }

    private static ArticleLinkView Link(Article a) => new()
    {
        Url = "/" + a.Url,
        Title = a.DisplayTitle,
        TitleEn = a.Enrichment?.TitleEn,
        Kicker = a.Item.Kicker,
        Kind = a.Item.Kind.ToString().ToLowerInvariant(),
        Page = a.PageNumber,
        Position = a.Position,
        Date = DateText.Iso(a.Date),
        DateZh = DateText.ShortZh(a.Date),
        DateEn = DateText.ShortEn(a.Date),
        PaperZh = a.Paper.NameZh,
        PaperEn = a.Paper.NameEn,
        Byline = a.Item.Reporters.Count + a.Item.Photographers.Count == 0 ? null : string.Join("、", a.Item.Reporters.Concat(a.Item.Photographers).Distinct(StringComparer.Ordinal)),
        SummaryZh = a.Enrichment?.SummaryZh is { Length: > 0 } s ? s : null,
    };

    private ArticleView ArticleViewOf(Article a, BrowseIndex index, Dictionary<string, ArticleLinkView> links, ContinuationLinks continuations, ArticleLinkView? previous, ArticleLinkView? next)
    {
        var related = RelatedLinks(a, links) ?? [];
        var url = "/" + a.Url;
        var permalink = _base is null ? null : _base + url;
        var title = a.DisplayTitle;
        return new ArticleView
        {
            Id = a.Id,
            Url = url,
            Paper = PaperView.From(a.Paper),
            Date = DateText.Iso(a.Date),
            DateZh = DateText.Zh(a.Date),
            DateEn = DateText.En(a.Date),
            Page = a.PageNumber,
            PageName = a.PageName,
            Position = a.Position,
            PageUrl = string.Create(CultureInfo.InvariantCulture, $"/{a.Paper.Slug}/{a.Date:yyyy/MM/dd}/{a.PageNumber:00}/index.html"),
            IssueUrl = string.Create(CultureInfo.InvariantCulture, $"/{a.Paper.Slug}/{a.Date:yyyy/MM/dd}/index.html"),
            Kind = a.Item.Kind.ToString().ToLowerInvariant(),
            Kicker = a.Item.Kicker,
            Title = a.Item.Title,
            DisplayTitle = title,
            Subtitle = a.Item.Subtitle,
            Dateline = a.Item.Dateline,
            Byline = a.Item.Byline,
            Reporters = [.. a.Item.Reporters.Distinct(StringComparer.Ordinal).Select(n => new TagView(n, ReporterLink(index, n)))],
            Photographers = [.. a.Item.Photographers.Distinct(StringComparer.Ordinal).Select(n => new TagView(n, PhotographerLink(index, n)))],
            Paragraphs = a.Item.Paragraphs,
            Captions = a.Item.Captions,
            Continuations = continuations.For(a),
            SummaryZh = a.Enrichment?.SummaryZh is { Length: > 0 } s ? s : null,
            Keywords = [.. (a.Enrichment?.Keywords ?? []).Distinct(StringComparer.Ordinal).Select(k => new TagView(k, KeywordLink(index, k)))],
            TitleEn = a.Enrichment?.TitleEn,
            SummaryEn = a.Enrichment?.SummaryEn,
            EnglishSource = (a.Enrichment?.EnglishSource ?? EnglishSource.None).ToString().ToLowerInvariant(),
            EnglishOrigin = a.Enrichment?.EnglishOrigin,
            Previous = previous,
            Next = next,
            Related = related,
            CitationZh = Citation.Zh(a, permalink),
        };
    }

    /// <summary>
    /// A keyword's own listing when two other articles share it; a keyword of one or two articles has no listing (it would
    /// list only the page the reader came from and one other, and such pages were a tenth of the site), so it searches
    /// the archive's text instead.
    /// </summary>
    private string? KeywordLink(BrowseIndex index, string keyword) =>
        index.Keywords[keyword].Count >= BrowseIndex.MinListed(_site.HasSearch) ? index.KeywordUrl(keyword)
        : _site.HasSearch ? "/search.html?q=" + Uri.EscapeDataString(keyword)
        : null;

    /// <summary>
    /// A name's own listing when it signs three articles or more; a name of one or two articles (most of an archive's names:
    /// 7,564 of 8,251 reporters at 10,000 generated articles, each page listing only the article the reader came from)
    /// searches the archive for that name's articles instead, so the list still grows with the archive.
    /// </summary>
    private string NameLink(Dictionary<string, List<Article>> groups, string name, Func<string, string> listing) =>
        groups[name].Count >= BrowseIndex.MinSharedKeyword || !_site.HasSearch ? listing(name)
        : "/search.html?q=" + Uri.EscapeDataString(name) + "&reporter=" + Uri.EscapeDataString(name);

    private string ReporterLink(BrowseIndex index, string name) => NameLink(index.Reporters, name, index.ReporterUrl);

    private string PhotographerLink(BrowseIndex index, string name) => NameLink(index.Photographers, name, index.PhotographerUrl);

    // Four digits, as in every date path (yyyy): year 1 is 0001 in the articles' URLs, so it is here.
}
