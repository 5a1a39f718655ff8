using System.Globalization;
using System.Text;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Output;
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
public sealed partial class RenderSite(ThemeTemplates templates, string? baseUrl, Func<IReadOnlyDictionary<string, IReadOnlyList<string>>> related, RenderCache? cache = null)
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
        _shared = null;
    }

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

    private string RenderChrome() => templates.RenderBare(ChromeScript.Template, new Dictionary<string, object?> { ["site"] = _site });

    private IEnumerable<Func<SiteFile>> Assets()
    {
        var assets = Path.Combine(templates.ThemeDirectory, "assets");
        if (!Directory.Exists(assets))
            yield break;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = "assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
            if (path == LabelStyles.StyleSheet)
                yield return () => new SiteFile(path, MinifyAssets.Css([.. Ingest.InputFiles.ReadTheme(file, assets), .. Encoding.UTF8.GetBytes(LabelStyles.Of(templates.Labels))]));
            else if (path.EndsWith(".css", StringComparison.Ordinal))
                yield return () => new SiteFile(path, MinifyAssets.Css(Ingest.InputFiles.ReadTheme(file, assets)));
            else if (path == ChromeScript.Path && templates.HasLayout(ChromeScript.Template))
                yield return () => new SiteFile(path, MinifyAssets.Js([.. Encoding.UTF8.GetBytes(ChromeScript.Of(RenderChrome())), .. Ingest.InputFiles.ReadTheme(file, assets)]));
            else if (path.EndsWith(".js", StringComparison.Ordinal))
                yield return () => new SiteFile(path, MinifyAssets.Js(Ingest.InputFiles.ReadTheme(file, assets)));
            else
                yield return () => new SiteFile(path, Ingest.InputFiles.ReadTheme(file, assets));
        }
    }
}
