using System.Globalization;
using System.Text;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// Renders the archive through the theme's templates and copies its assets. Files are planned in output order and
/// rendered lazily, so the site is streamed to disk rather than held in memory; the renders are independent, so the
/// pipeline runs them on all cores a batch at a time. Every listing is built from <see cref="BrowseIndex"/>'s
/// dictionaries: the work grows linearly with the archive. With a <see cref="RenderCache"/>, a page whose template
/// set and view model are those of the file already on disk is not rendered again.
/// </summary>
/// <param name="related">Related articles by article id; asked for by the renders only, so a plan can be read before they are found.</param>
public sealed class RenderSite(ThemeTemplates templates, string? baseUrl, Func<IReadOnlyDictionary<string, IReadOnlyList<string>>> related, RenderCache? cache = null)
{
    public const string StageName = "render";

    /// <summary>Write the librarian's review page (a build option: it is no page for readers, and has none of their navigation).</summary>
    public bool Review { get; init; }

    /// <summary>
    /// Articles per page of a long listing (a reporter's, a keyword's, a kind's). Rows are compact (about 340 bytes,
    /// 50 KB gzip at most a page), and every page is a file: 200 to a page made some 2,000 more files at 70,000 articles.
    /// </summary>
    public int ListingPageSize { get; init; } = 500;

    /// <summary>Entries in a paper's Atom feed.</summary>
    public const int FeedSize = 50;

    /// <summary>Keywords on the keyword index page (every keyword still has its own page).</summary>
    public const int KeywordIndexSize = 1000;

    /// <summary>URLs per sitemap file (the sitemap protocol's limit).</summary>
    public const int SitemapSize = 50_000;

    private readonly string? _base = baseUrl?.TrimEnd('/');
    private PageImageViews _pageImages = new(new Dictionary<string, PageImages.PageImage>());

    /// <summary>The images of pages read from PDFs, by page URL: the printed-page views show them with their articles' places.</summary>
    public IReadOnlyDictionary<string, PageImages.PageImage> PageImages { init => _pageImages = new PageImageViews(value); }
    /// <summary>The archive's other sites (--sibling), linked from the About page and searched from the search page.</summary>
    public IReadOnlyList<SiblingView> Siblings { get; init; } = [];

    private readonly List<string> _sitemap = [];
    private SiteView _site = null!;
    private ModelHash.Shared? _shared;

    public IEnumerable<SiteFile> Run(Archive archive, BuildReport report) => Plan(archive, report).Select(render => render());

    /// <summary>
    /// Every file of the site as a render still to do, in output order. Views and the sitemap are made here, in
    /// order, so the sitemap is complete whatever order the renders run in.
    /// </summary>
    public IEnumerable<Func<SiteFile>> Plan(Archive archive, BuildReport report)
    {
        var index = new BrowseIndex(archive);
        _site = new SiteView(baseUrl, [.. archive.Papers.Select(PaperView.From)])
        {
            HasSearch = templates.HasLayout("search"),
            Siblings = Siblings,
        };
        var totals = new TotalsView(archive.Papers.Count, archive.Issues.Count, index.Count);
        var links = new Dictionary<string, ArticleLinkView>(StringComparer.Ordinal);
        foreach (var article in archive.Articles)
            links[article.Id] = Link(article);
        var issueViews = archive.Issues.ToDictionary(i => i, i => IssueViewOf(i, index, links));
        // Held for the whole plan anyway, and shown on many pages each: their hashes are made once.
        _shared = cache is null ? null : new ModelHash.Shared([_site, .. links.Values, .. issueViews.Values, .. issueViews.Values.SelectMany(v => v.Pages)]);

        yield return Home(archive, issueViews, links);
        yield return Html("about.html", "about", Meta("about", "/about.html", "about", lookUp: true), []);
        yield return NotFound();
        yield return Html("stats.html", "stats", Meta("stats", "/stats.html", "stats", lookUp: true), new() { ["charts"] = Charts(index), ["totals"] = totals });
        yield return DateIndex(archive, index, issueViews);
        if (_site.HasSearch)
            yield return Html("search.html", "search", Meta("search", "/search.html", "search", lookUp: true), []);

        foreach (var paper in archive.Papers)
        {
            var issues = index.IssuesByPaper[paper.Slug];
            foreach (var file in PaperFiles(PaperView.From(paper), issues, issueViews))
                yield return file;
        }

        foreach (var issue in archive.Issues)
        {
            var issueView = issueViews[issue];
            yield return Html(issue.Url, "issue", Meta(issueView.Paper.NameZh + " " + issueView.DateZh, "/" + issue.Url, "dates", issueView.Paper.NameEn + ", " + issueView.DateEn) with { Paper = issue.Paper.Slug }, new() { ["issue"] = issueView });
            for (var p = 0; p < issueView.Pages.Count; p++)
            {
                var pageView = issueView.Pages[p];
                var title = $"{issueView.Paper.NameZh} {issueView.DateZh} 第{pageView.Number}版" + (pageView.Name is null ? "" : " " + pageView.Name);
                yield return Html(pageView.Url.TrimStart('/'), "page", Meta(title, pageView.Url, "dates", $"{issueView.Paper.NameEn}, {issueView.DateEn}, page {pageView.Number}") with { Paper = issue.Paper.Slug }, new() { ["issue"] = issueView, ["page"] = pageView });
                foreach (var image in _pageImages.Files(issue.Pages[p]))
                    yield return image;
            }

            var continuations = new ContinuationLinks(issue);
            var articles = issue.Articles.ToList();
            var pageOf = issue.Pages.ToDictionary(p => p.Number);
            for (var i = 0; i < articles.Count; i++)
            {
                var article = articles[i];
                var previous = i > 0 ? links[articles[i - 1].Id] : null;
                var next = i + 1 < articles.Count ? links[articles[i + 1].Id] : null;
                var place = _pageImages.ForArticle(pageOf[article.PageNumber], article);
                // The article's view is made by its render, on the render threads: made here, on the one thread that
                // plans, it was most of the planning, and the renders waited for it.
                yield return Html(article.Url, "article", () =>
                {
                    var view = ArticleViewOf(article, index, links, continuations, previous, next) with { Place = place };
                    var meta = Meta(view.DisplayTitle, view.Url, "dates", view.TitleEn) with
                    {
                        Description = MetaDescription.Of(view.SummaryZh),
                        OgType = "article",
                        JsonLd = JsonLd.NewsArticle(article, _base is null ? null : _base + view.Url),
                        Paper = article.Paper.Slug,
                    };
                    return (meta, new(5) { ["article"] = view, ["issue"] = issueView }); // room for site, meta and page_path
                }, cache is null ? null : () =>
                {
                    var inputs = ArticleInputs(article, issueView, index, links, continuations, previous, next);
                    inputs["place"] = place;
                    return inputs;
                });
            }
        }

        foreach (var file in Terms(links, index.Reporters, n => ReporterLink(index, n), "reporters", "reporters_intro", "reporter_articles"))
            yield return file;
        foreach (var file in Terms(links, index.Photographers, n => PhotographerLink(index, n), "photographers", "photographers_intro", "photographer_articles"))
            yield return file;
        foreach (var file in Terms(links, index.SharedKeywords(_site.HasSearch), index.KeywordUrl, "keywords", "keywords_intro", "keyword_articles", KeywordIndexSize))
            yield return file;
        foreach (var file in Kinds(index, links))
            yield return file;

        if (Review)
        {
            yield return () => ReviewPage.Render(archive);
            foreach (var text in ReviewPage.Texts(archive))
                yield return () => text;
        }
        foreach (var file in Sitemaps())
            yield return file;
        foreach (var asset in Assets())
            yield return asset;
        if (templates.HasLayout(ChromeScript.Template))
        {
            var chrome = new Dictionary<string, object?> { ["site"] = _site };
            yield return () => new SiteFile(ChromeScript.Path, Encoding.UTF8.GetBytes(ChromeScript.Of(templates.RenderBare(ChromeScript.Template, chrome))));
        }
        _shared = null;
    }

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

    private IEnumerable<Func<SiteFile>> Terms(Dictionary<string, ArticleLinkView> links, Dictionary<string, List<Article>> groups, Func<string, string> url, string folder, string introKey, string headingKey, int indexSize = int.MaxValue)
    {
        var heading = templates.Label(folder);
        var terms = BrowseIndex.ByCount(groups).Take(indexSize).Select(kv => new TermView(kv.Key, url(kv.Key), kv.Value.Count)).ToList();
        yield return Html($"{folder}/index.html", "terms", Meta(folder, $"/{folder}/index.html", folder, lookUp: true),
            new() { ["index"] = new TermIndexView(heading, templates.Label(introKey), terms, groups.Count) });
        // A name whose link is not its own listing (one article's name links to the search) gets no page.
        foreach (var (name, articles) in groups.OrderBy(kv => kv.Key, StringComparer.Ordinal).Where(kv => !url(kv.Key).StartsWith("/search.html", StringComparison.Ordinal)))
            foreach (var file in Listing(url(name), name, name, templates.Label(headingKey), heading, $"/{folder}/index.html", folder, articles.Select(a => links[a.Id]).ToList()))
                yield return file;
    }

    private IEnumerable<Func<SiteFile>> Kinds(BrowseIndex index, Dictionary<string, ArticleLinkView> links)
    {
        var heading = templates.Label("kinds");
        var terms = Enum.GetValues<ItemKind>().Select(k => k.ToString().ToLowerInvariant())
            .Where(index.Kinds.ContainsKey)
            .Select(k => new TermView(k, BrowseIndex.KindUrl(k), index.Kinds[k].Count)).ToList();
        yield return Html("kinds/index.html", "kinds", Meta("kinds", "/kinds/index.html", "kinds", lookUp: true), new() { ["kinds"] = terms });
        foreach (var term in terms)
        {
            var label = templates.Label("kind_" + term.Name);
            foreach (var file in Listing(BrowseIndex.KindUrl(term.Name), label.Zh, term.Name, label, heading, "/kinds/index.html", "kinds", index.Kinds[term.Name].Select(a => links[a.Id]).ToList(), label.En))
                yield return file;
        }
    }

    /// <summary>
    /// A list of articles, newest first, split into pages. NAME.html holds the newest; the older ones fill pages of
    /// exactly <see cref="ListingPageSize"/> numbered from the oldest (NAME.p1.html is the oldest page). A new article
    /// then changes the first page only, and every <see cref="ListingPageSize"/> articles add one page, so a growing
    /// archive does not shift, and re-render, every page of a long listing. The first page holds between half a page
    /// and one and a half pages' worth.
    /// </summary>
    private IEnumerable<Func<SiteFile>> Listing(string firstUrl, string titleZh, string name, LabelView heading, LabelView parent, string parentUrl, string section, List<ArticleLinkView> articles, string? titleEn = null)
    {
        var size = ListingPageSize;
        // The first page keeps at least half a page and never one and a half: older pages fill up a page at a time.
        var older = Math.Min((articles.Count - size / 2) / size, Math.Max(0, articles.Count - 1) / size);
        if (articles.Count < size + size / 2) older = 0;
        string PageUrl(int p) => p == 0 ? firstUrl : firstUrl[..^".html".Length] + $".p{p}.html";
        for (var p = 0; p <= older; p++)
        {
            // Page p > 0 holds the p-th oldest run of articles, shown newest first like the rest.
            var rows = p == 0 ? articles.Take(articles.Count - older * size).ToList() : articles.Skip(articles.Count - p * size).Take(size).ToList();
            var pager = new PagerView(p == 0 ? null : PageUrl(p == older ? 0 : p + 1), p == 0 ? (older > 0 ? PageUrl(older) : null) : (p > 1 ? PageUrl(p - 1) : null));
            var view = new ListingView(heading, name, p == 0 ? articles.Count : null, rows, pager)
            {
                ParentUrl = parentUrl,
                Parent = parent,
            };
            var title = p == 0 ? titleZh : $"{titleZh} ({rows[^1].Date} – {rows[0].Date})";
            var meta = Meta(titleZh, PageUrl(p), section, titleEn) with { TitleZh = title };
            yield return Html(PageUrl(p).TrimStart('/'), "listing", meta, new() { ["listing"] = view });
        }
    }

    private IReadOnlyList<ChartView> Charts(BrowseIndex index)
    {
        // Every month from the first to the last, empty ones included, so gaps in the archive show as gaps.
        var months = new List<ChartGeometry.Datum>();
        if (index.PerMonth.Count > 0)
        {
            var first = index.PerMonth.Keys.Min();
            var last = index.PerMonth.Keys.Max();
            for (var (y, m) = first; (y, m).CompareTo(last) <= 0; (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1))
                months.Add(new ChartGeometry.Datum($"{y}-{m:00}", null, index.PerMonth.GetValueOrDefault((y, m)), null));
        }
        var manyMonths = months.Count > 24;
        var kinds = Enum.GetValues<ItemKind>().Select(k => k.ToString().ToLowerInvariant()).Where(index.Kinds.ContainsKey)
            .Select(k => new ChartGeometry.Datum(templates.Label("kind_" + k).Zh, templates.Label("kind_" + k).En, index.Kinds[k].Count, BrowseIndex.KindUrl(k))).ToList();
        var pages = index.PerPage.OrderBy(kv => kv.Key).Select(kv => new ChartGeometry.Datum(
            kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), null, kv.Value, null)).ToList();
        var reporters = BrowseIndex.ByCount(index.Reporters).Take(15).Select(kv => new ChartGeometry.Datum(kv.Key, null, kv.Value.Count, ReporterLink(index, kv.Key))).ToList();
        var keywords = BrowseIndex.ByCount(index.Keywords).Take(20).Select(kv => new ChartGeometry.Datum(kv.Key, null, kv.Value.Count, KeywordLink(index, kv.Key))).ToList();
        return
        [
            ChartGeometry.Columns("per-month", templates.Label("chart_months"), months, manyMonths ? (_, d) => d.Label.EndsWith("-01", StringComparison.Ordinal) : null),
            ChartGeometry.Bars("per-kind", templates.Label("chart_kinds"), kinds),
            ChartGeometry.Columns("per-page", templates.Label("chart_pages"), pages),
            ChartGeometry.Bars("top-reporters", templates.Label("chart_reporters"), reporters),
            ChartGeometry.Bars("top-keywords", templates.Label("chart_keywords"), keywords),
        ];
    }

    private IEnumerable<Func<SiteFile>> Sitemaps()
    {
        // Sitemap locations are URIs: a reporter's Chinese file name is percent-encoded.
        var urls = _sitemap.Select(p => string.Join('/', p.Split('/').Select(Uri.EscapeDataString)))
            .Select(p => _base is null ? p.TrimStart('/') : _base + p).ToList();
        var chunks = urls.Chunk(SitemapSize).ToList();
        if (chunks.Count <= 1)
        {
            yield return Bare("sitemap.xml", "sitemap", new() { ["urls"] = urls, ["sitemaps"] = new List<string>() });
            yield break;
        }
        var names = chunks.Select((_, i) => $"sitemap-{i + 1}.xml").ToList();
        for (var i = 0; i < chunks.Count; i++)
            yield return Bare(names[i], "sitemap", new() { ["urls"] = chunks[i].ToList(), ["sitemaps"] = new List<string>() });
        yield return Bare("sitemap.xml", "sitemap", new() { ["urls"] = new List<string>(), ["sitemaps"] = names.Select(n => _base is null ? n : _base + "/" + n).ToList() });
    }

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
            CitationEn = Citation.En(a, permalink),
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
    private static string YearUrl(string slug, int year) => string.Create(CultureInfo.InvariantCulture, $"/{slug}/{year:0000}/index.html");

    /// <summary>Head data for a page; a title that is a label key is looked up in theme/i18n.json.</summary>
    private PageMetaView Meta(string titleOrKey, string path, string section, string? titleEn = null, bool lookUp = false)
    {
        var label = lookUp ? templates.Labels.GetValueOrDefault(titleOrKey) : null;
        return new PageMetaView
        {
            TitleZh = label?.Zh ?? titleOrKey,
            TitleEn = label?.En ?? titleEn,
            Path = path,
            Canonical = _base is null ? path : _base + path,
            Section = section,
        };
    }

    private Func<SiteFile> Html(string path, string template, PageMetaView meta, Dictionary<string, object?> model) => Render(path, template, meta, model, sitemap: true);

    private Func<SiteFile> Render(string path, string template, PageMetaView meta, Dictionary<string, object?> model, bool sitemap)
    {
        model["site"] = _site;
        model["meta"] = meta;
        model["page_path"] = "/" + path;
        if (sitemap)
            _sitemap.Add("/" + path);
        var shared = _shared;
        return () => RenderPage(path, template, model, shared);
    }

    /// <summary>
    /// A page in the sitemap whose view is made when it is rendered, not when it is planned. With
    /// <paramref name="inputs"/>, the render cache keys the page by them instead of by its view: everything the view
    /// is made from, so a page whose inputs are those of the file on disk is neither made nor hashed again.
    /// </summary>
    private Func<SiteFile> Html(string path, string template, Func<(PageMetaView Meta, Dictionary<string, object?> Model)> view,
        Func<Dictionary<string, object?>>? inputs = null)
    {
        _sitemap.Add("/" + path);
        var shared = _shared;
        var site = _site;
        return () =>
        {
            var key = inputs is null ? null : cache!.Key(template + " from its inputs", inputs(), shared);
            if (key is not null && cache!.Fresh(path, key) is not null)
                return new SiteFile(path, []) { CacheKey = key, Unchanged = true };
            var (meta, model) = view();
            model["site"] = site;
            model["meta"] = meta;
            model["page_path"] = "/" + path;
            return key is null ? RenderPage(path, template, model, shared)
                : new SiteFile(path, Encoding.UTF8.GetBytes(templates.Render(template, model))) { CacheKey = key };
        };
    }

    /// <summary>
    /// What an article page is made from (<see cref="ArticleViewOf"/>, its meta and its model): the article itself,
    /// its issue, the site, its neighbours, related articles and jump notes, the links of its names and keywords
    /// (which depend on the rest of the archive), and the base URL. Hashing these is a fraction of making the view.
    /// </summary>
    private Dictionary<string, object?> ArticleInputs(Article a, IssueView issue, BrowseIndex index, Dictionary<string, ArticleLinkView> links,
        ContinuationLinks continuations, ArticleLinkView? previous, ArticleLinkView? next) => new(10)
        {
            ["article"] = a,
            ["issue"] = issue,
            ["site"] = _site,
            ["previous"] = previous,
            ["next"] = next,
            ["related"] = RelatedLinks(a, links),
            ["continuations"] = continuations.For(a),
            ["reporters"] = a.Item.Reporters.Select(n => ReporterLink(index, n)).ToList(),
            ["photographers"] = a.Item.Photographers.Select(n => PhotographerLink(index, n)).ToList(),
            ["keywords"] = (a.Enrichment?.Keywords ?? []).Select(k => KeywordLink(index, k)).ToList(),
            ["base"] = _base,
        };

    /// <summary>The links of an article's related articles that are in the archive, or null when it has none listed.</summary>
    private List<ArticleLinkView>? RelatedLinks(Article a, Dictionary<string, ArticleLinkView> links) =>
        related().TryGetValue(a.Id, out var ids) ? [.. ids.Where(links.ContainsKey).Select(id => links[id])] : null;

    private SiteFile RenderPage(string path, string template, Dictionary<string, object?> model, ModelHash.Shared? shared)
    {
        var key = cache?.Key(template, model, shared);
        if (key is not null && cache!.Fresh(path, key) is not null)
            return new SiteFile(path, []) { CacheKey = key, Unchanged = true };
        return new SiteFile(path, Encoding.UTF8.GetBytes(templates.Render(template, model))) { CacheKey = key };
    }

    private Func<SiteFile> Bare(string path, string template, Dictionary<string, object?> model)
    {
        model["site"] = _site;
        return () => new SiteFile(path, Encoding.UTF8.GetBytes(templates.RenderBare(template, model)));
    }

    private IEnumerable<Func<SiteFile>> Assets()
    {
        var assets = Path.Combine(templates.ThemeDirectory, "assets");
        if (!Directory.Exists(assets))
            yield break;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = "assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
            if (path == LabelStyles.StyleSheet)
                yield return () => new SiteFile(path, [.. Ingest.InputFiles.ReadTheme(file, assets), .. Encoding.UTF8.GetBytes(LabelStyles.Of(templates.Labels))]);
            else
                yield return () => new SiteFile(path, Ingest.InputFiles.ReadTheme(file, assets));
        }
    }
}
