using System.Globalization;
using System.Text;
using NewsArchive.Caching;
using NewsArchive.Model;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>The listings: reporters', photographers' and keywords' pages, kinds, paged lists, charts and sitemaps.</summary>
public sealed partial class RenderSite
{
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
}
