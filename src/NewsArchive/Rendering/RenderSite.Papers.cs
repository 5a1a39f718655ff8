using System.Globalization;
using System.Text;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>The pages of the papers and their dates: home, 404, the date index, each paper's years and calendar, its feed.</summary>
public sealed partial class RenderSite
{
    private Func<SiteFile> Home(Archive archive, Dictionary<Issue, IssueView> issueViews, Dictionary<string, ArticleLinkView> links)
    {
        var latest = archive.Issues.Count > 0 ? issueViews[archive.Issues[0]] : null;
        var front = archive.Issues.Count > 0 ? archive.Issues[0].Pages[0].Articles.Select(a => links[a.Id]).ToList() : [];
        return Html("index.html", "index", Meta("home", "/index.html", "home", lookUp: true), new()
        {
            ["latest"] = latest,
            ["front"] = front,
            ["recent"] = archive.Issues.Skip(1).Take(12).Select(i => issueViews[i]).ToList(),
        });
    }

    private Func<SiteFile> NotFound()
    {
        var meta = Meta("not_found", "/404.html", "", lookUp: true) with { IsNotFound = true };
        return Render("404.html", "404", meta, [], sitemap: false);
    }

    private Func<SiteFile> DateIndex(Archive archive, BrowseIndex index, Dictionary<Issue, IssueView> issueViews)
    {
        var papers = archive.Papers.Select(p =>
        {
            var issues = index.IssuesByPaper[p.Slug];
            var years = issues.GroupBy(i => i.Date.Year).OrderByDescending(g => g.Key).Select(g =>
            {
                var perMonth = g.GroupBy(i => i.Date.Month).ToDictionary(m => m.Key, m => m.Count());
                return new YearSummaryView(g.Key, YearUrl(p.Slug, g.Key), g.Count(), [.. Enumerable.Range(1, 12).Select(m =>
                    new MonthSummaryView(m, perMonth.ContainsKey(m) ? YearUrl(p.Slug, g.Key) + $"#m{m:00}" : null, perMonth.GetValueOrDefault(m)))]);
            }).ToList();
            return new PaperYearsView(PaperView.From(p), issues.Count, years, [.. issues.AsEnumerable().Reverse().Take(6).Select(i => issueViews[i])]);
        }).ToList();
        return Html("dates/index.html", "dates", Meta("dates", "/dates/index.html", "dates", lookUp: true), new() { ["papers"] = papers });
    }

    private IEnumerable<Func<SiteFile>> PaperFiles(PaperView paper, List<Issue> issues, Dictionary<Issue, IssueView> issueViews)
    {
        var years = issues.GroupBy(i => i.Date.Year).OrderBy(g => g.Key).ToList();
        var summaries = years.AsEnumerable().Reverse().Select(g =>
        {
            var perMonth = g.GroupBy(i => i.Date.Month).ToDictionary(m => m.Key, m => m.Count());
            return new YearSummaryView(g.Key, YearUrl(paper.Slug, g.Key), g.Count(), [.. Enumerable.Range(1, 12).Select(m =>
                new MonthSummaryView(m, perMonth.ContainsKey(m) ? YearUrl(paper.Slug, g.Key) + $"#m{m:00}" : null, perMonth.GetValueOrDefault(m)))]);
        }).ToList();
        var meta = Meta(paper.NameZh, paper.Url, "dates", paper.NameEn) with { FeedUrl = paper.FeedUrl, FeedTitle = paper.NameZh, Paper = paper.Slug };
        yield return Html(paper.Url.TrimStart('/'), "paper", meta, new()
        {
            ["paper"] = new PaperYearsView(paper, issues.Count, summaries, [.. issues.AsEnumerable().Reverse().Take(12).Select(i => issueViews[i])]),
        });

        for (var y = 0; y < years.Count; y++)
        {
            var year = years[y].Key;
            var byDate = years[y].ToDictionary(i => i.Date);
            var months = Enumerable.Range(1, 12).Select(m => Month(year, m, byDate)).ToList();
            var view = new CalendarYearView(paper, year, byDate.Count, months,
                y > 0 ? YearUrl(paper.Slug, years[y - 1].Key) : null,
                y + 1 < years.Count ? YearUrl(paper.Slug, years[y + 1].Key) : null);
            var path = YearUrl(paper.Slug, year);
            yield return Html(path.TrimStart('/'), "calendar", Meta($"{paper.NameZh} {year}年", path, "dates", $"{paper.NameEn}, {year}") with { Paper = paper.Slug }, new() { ["calendar"] = view });
        }

        yield return Feed(paper, issues);
    }

    private static CalendarMonthView Month(int year, int month, Dictionary<DateOnly, Issue> byDate)
    {
        var first = new DateOnly(year, month, 1);
        var days = DateTime.DaysInMonth(year, month);
        var lead = ((int)first.DayOfWeek + 6) % 7; // Monday first
        var cells = Enumerable.Repeat(new CalendarDayView(0, null, null), lead).ToList();
        var count = 0;
        for (var d = 1; d <= days; d++)
        {
            var date = new DateOnly(year, month, d);
            var has = byDate.TryGetValue(date, out var issue);
            if (has) count++;
            cells.Add(new CalendarDayView(d, has ? "/" + issue!.Url : null, has ? $"{DateText.ShortZh(date)} · {DateText.ShortEn(date)}" : null));
        }
        while (cells.Count % 7 != 0)
            cells.Add(new CalendarDayView(0, null, null));
        var weeks = cells.Chunk(7).Select(w => (IReadOnlyList<CalendarDayView>)w).ToList();
        return new CalendarMonthView(month, $"m{month:00}", $"{month}月", DateText.MonthEn(month), count, weeks);
    }

    private Func<SiteFile> Feed(PaperView paper, List<Issue> issues)
    {
        var self = paper.FeedUrl;
        var entries = issues.AsEnumerable().Reverse().SelectMany(i => i.Articles).Take(FeedSize).Select(a =>
        {
            var title = a.Enrichment?.TitleEn is { } en ? $"{a.DisplayTitle} · {en}" : a.DisplayTitle;
            return new FeedEntryView(FeedId(a.Url), FeedUrl(self, "/" + a.Url), title, a.Enrichment?.SummaryZh, DateText.Atom(a.Date), [.. a.Item.Reporters]);
        }).ToList();
        var updated = issues.Count > 0 ? DateText.Atom(issues[^1].Date) : "1970-01-01T00:00:00Z";
        var view = new FeedView(paper, FeedId(paper.Url), FeedUrl(self, self), FeedUrl(self, paper.Url), updated, entries);
        return Bare(self.TrimStart('/'), "feed", new() { ["feed"] = view });
    }

    /// <summary>Absolute with a base URL; else relative to the feed's own folder, which Atom readers resolve.</summary>
    private string FeedUrl(string feedPath, string target) =>
        _base is not null ? _base + target : PostProcessing.PostProcessHtml.Relative(feedPath.TrimStart('/'), target);

    /// <summary>Atom ids must never change: the permalink when there is a base URL, else a tag URI of the path.</summary>
    private string FeedId(string path) => _base is not null ? _base + "/" + path.TrimStart('/') : "tag:newsarchive," + "2000:" + path.TrimStart('/');
}
