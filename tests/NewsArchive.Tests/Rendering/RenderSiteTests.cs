using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsArchive.Model;
using NewsArchive.Rendering;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Rendering;

/// <summary>The built HTML, feeds and sitemap of an archive with full data, read the way a crawler or feed reader would.</summary>
public sealed partial class RenderSiteTests(RichSite site) : IClassFixture<RichSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Rendering_a_full_archive_reports_no_broken_link()
    {
        Assert.DoesNotContain(site.Report.Diagnostics, d => d.Severity == NewsArchive.Reporting.Severity.Error);
    }

    [Fact]
    public void Archived_text_that_looks_like_markup_stays_text_in_the_page_and_in_its_json_ld()
    {
        var hostile = site.Archive.Articles.Single(a => a.Item.Title == RichArchive.HostileTitle);
        var html = File.ReadAllText(Path.Combine(site.Output, hostile.Url));
        var doc = Parser.ParseDocument(html);

        Assert.Equal(RichArchive.HostileTitle, doc.QuerySelector("h1")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(doc.QuerySelectorAll("main b"));
        var ld = doc.QuerySelector("script[type='application/ld+json']")!;
        Assert.DoesNotContain("</", ld.InnerHtml);
        var json = JsonDocument.Parse(ld.TextContent).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal(RichArchive.HostileTitle, json.GetProperty("headline").GetString());
        Assert.Equal("2023-03-02", json.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void Pages_carry_no_inline_script_or_event_handler_so_a_strict_content_security_policy_holds()
    {
        foreach (var (path, doc) in HtmlPages())
        {
            Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            var handlers = doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name).ToList();
            Assert.True(handlers.Count == 0, $"{path}: {string.Join(", ", handlers)}");
            Assert.DoesNotContain(doc.QuerySelectorAll("[href], [src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(doc.All, e => e.HasAttribute("style"));
        }
    }

    [Fact]
    public void Every_page_has_landmarks_one_h1_and_headings_that_never_skip_a_level()
    {
        foreach (var (path, doc) in HtmlPages())
        {
            Assert.Equal("zh-Hans", doc.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(doc.QuerySelector("body > header"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.NotNull(doc.QuerySelector("body > footer"));
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{path} has {doc.QuerySelectorAll("h1").Length} h1");
            var levels = doc.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Every_label_shows_in_both_languages_with_its_lang()
    {
        var doc = Page("index.html");
        var zh = doc.QuerySelectorAll(".l-zh");
        var en = doc.QuerySelectorAll(".l-en");
        Assert.True(zh.Length > 20);
        // A Chinese label takes its language from the page (zh-Hans) unless it sits in English: what a screen reader reads.
        Assert.All(zh, e => Assert.Equal("zh-Hans", e.Closest("[lang]")!.GetAttribute("lang")));
        Assert.All(en, e => Assert.Equal("en", e.GetAttribute("lang")));
        Assert.Contains(en, e => e.TextContent == "Home");
        Assert.Contains(zh, e => e.TextContent == "首页");
    }

    [Fact]
    public void Every_label_a_template_names_is_in_the_labels_file()
    {
        var labels = new ThemeTemplates(Repo.Theme, NewsArchive.Rendering.Views.ViewTypes.All).Labels;
        var used = Directory.EnumerateFiles(Repo.Theme, "*.liquid", SearchOption.AllDirectories)
            .SelectMany(f => LabelUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(labels.ContainsKey(u.Key), $"{u.File} uses label '{u.Key}', which theme/i18n.json lacks"));
        foreach (var kind in Enum.GetNames<ItemKind>().Select(k => k.ToLowerInvariant()))
        {
            Assert.True(labels.ContainsKey("kind_" + kind), kind);
            Assert.True(labels.ContainsKey($"kind_{kind}_about"), kind);
        }
        foreach (var source in Enum.GetNames<EnglishSource>().Select(k => k.ToLowerInvariant()))
            Assert.True(labels.ContainsKey("english_" + source), source);
    }

    [Fact]
    public void Article_page_shows_where_its_english_came_from_and_labels_the_gloss_as_machine_made()
    {
        var gloss = site.Archive.Articles.First(a => a.Enrichment?.EnglishSource == EnglishSource.Gloss);
        var doc = Page(gloss.Url);
        var provenance = doc.QuerySelector(".provenance")!;
        // The words come from site.css (rules made from theme/i18n.json), so they follow the language switch.
        var label = provenance.QuerySelector(".c-english_gloss")!;
        Assert.Equal("", label.TextContent);
        var css = File.ReadAllText(Path.Combine(site.Output, "assets", "css", "site.css"));
        // (served minified)
        Assert.Contains(".c-english_gloss::before{content:\"机器词典直译（CC-CEDICT），非正式译文\"}", css);
        Assert.Contains(".ui-en .c-english_gloss::before{content:\"Machine gloss from the CC-CEDICT dictionary, not a translation\"}", css);
        Assert.Contains(gloss.Enrichment!.EnglishOrigin!, provenance.TextContent);
        Assert.Equal(gloss.Enrichment.TitleEn, doc.QuerySelector(".story-title-en")!.TextContent);

        var librarian = site.Archive.Articles.First(a => a.Enrichment?.EnglishSource == EnglishSource.Librarian);
        Assert.NotNull(Page(librarian.Url).QuerySelector(".provenance .c-english_librarian"));
        Assert.Contains(".ui-en .c-english_librarian::before{content:\"English written by a librarian\"}", css);
    }

    [Fact]
    public void Article_page_shows_byline_keywords_and_links_each_to_its_listing()
    {
        var article = site.Archive.Articles.First(a => a.Item.Reporters.Count > 0 && a.Item.Photographers.Count > 0);
        var doc = Page(article.Url);
        var links = doc.QuerySelectorAll(".byline a").Select(a => a.TextContent).ToList();
        Assert.Equal([.. article.Item.Reporters, .. article.Item.Photographers], links);
        var keyword = doc.QuerySelector(".keywords a")!;
        Assert.Equal(article.Enrichment!.Keywords[0], keyword.TextContent);
        var listing = Page(Resolve(article.Url, keyword.GetAttribute("href")!));
        var listed = listing.QuerySelectorAll(".rows a").Select(a => a.TextContent).ToList();
        Assert.Contains(article.DisplayTitle, listed);
        Assert.Equal(site.Archive.Articles.Count(a => a.Enrichment!.Keywords.Contains(keyword.TextContent)), listed.Count);
    }

    [Fact]
    public void A_keyword_s_rows_give_title_paper_date_and_page_and_leave_kind_and_english_to_the_article()
    {
        var (article, href) = site.Archive.Articles.Where(a => a.Enrichment?.TitleEn is { Length: > 0 })
            .Select(a => (a, Page(a.Url).QuerySelector(".keywords a[href*='keywords/']")?.GetAttribute("href")))
            .First(p => p.Item2 is not null);
        var listing = Page(Resolve(article.Url, href!));

        var row = listing.QuerySelectorAll(".rows > li").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith(article.Url[article.Url.IndexOf('/')..], StringComparison.Ordinal));

        Assert.Equal(article.DisplayTitle, row.QuerySelector("a")!.TextContent);
        Assert.Equal($"{article.Paper.NameZh} {article.Date:yyyy-MM-dd} · {article.PageNumber}", row.QuerySelector("small")!.TextContent);
        Assert.Null(row.QuerySelector(".badge"));
        Assert.Null(row.QuerySelector("i"));
        // A kind's listing keeps both.
        var kind = Page($"kinds/{article.Item.Kind.ToString().ToLowerInvariant()}.html");
        Assert.NotNull(kind.QuerySelector(".rows > li > .badge"));
        Assert.NotEmpty(kind.QuerySelectorAll(".rows > li > i[lang='en']"));
    }

    [Fact]
    public void A_keyword_no_other_article_shares_searches_the_archive_instead_of_listing_one_article()
    {
        var article = site.Archive.Articles.First(a => a.Enrichment!.Keywords.Count == 3);
        var unique = article.Enrichment!.Keywords[2];
        Assert.Single(site.Archive.Articles, a => a.Enrichment!.Keywords.Contains(unique));
        var tag = Page(article.Url).QuerySelectorAll(".keywords a, .keywords .tag").Single(t => t.TextContent == unique);

        var href = tag.GetAttribute("href")!;
        Assert.Equal("search.html", Path.GetFileName(Resolve(article.Url, href.Split('?')[0])));
        Assert.Equal("?q=" + Uri.EscapeDataString(unique), href[href.IndexOf('?')..]);
        // No keyword page (the index included) names it.
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(site.Output, "keywords")), f => File.ReadAllText(f).Contains(unique, StringComparison.Ordinal));
    }

    [Fact]
    public void A_jump_note_links_to_the_continuation_on_the_other_page_and_back()
    {
        var front = site.Archive.Articles.Single(a => a.Item.Continuations.Contains("（下转第4版）"));
        var jump = Page(front.Url).QuerySelector(".jump a")!;
        var target = Resolve(front.Url, jump.GetAttribute("href")!);
        var back = site.Archive.Articles.Single(a => a.Item.Continuations.Contains("（上接第1版）") && a.Date == front.Date && a.Paper == front.Paper);
        Assert.Equal(back.Url, target);
        Assert.Equal(front.Url, Resolve(back.Url, Page(back.Url).QuerySelector(".jump a")!.GetAttribute("href")!));
    }

    [Theory]
    [InlineData("（下转第4版）", 4)]
    [InlineData("(上接第 12 版)", 12)]
    [InlineData("（转第十二版）", 12)]
    [InlineData("下转第二十版", 20)]
    [InlineData("（下转第４版）", 4)]
    [InlineData("（未完待续）", null)]
    public void Jump_notes_name_their_page_in_any_numerals(string note, int? page) =>
        Assert.Equal(page, ContinuationLinks.PageOf(note));

    [Fact]
    public void Issue_page_lists_every_printed_page_with_its_articles_in_reading_order()
    {
        var issue = site.Archive.Issues.First(i => i.Pages.Count == 4);
        var doc = Page(issue.Url);
        var blocks = doc.QuerySelectorAll(".page-block");
        Assert.Equal(issue.Pages.Count, blocks.Length);
        for (var p = 0; p < issue.Pages.Count; p++)
            Assert.Equal(issue.Pages[p].Articles.Select(a => a.DisplayTitle), blocks[p].QuerySelectorAll(".items h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public void Calendar_links_exactly_the_days_that_have_an_issue()
    {
        var doc = Page("dongping-daily/2023/index.html");
        var linked = doc.QuerySelectorAll(".cal a").Select(a => Resolve("dongping-daily/2023/index.html", a.GetAttribute("href")!)).ToList();
        var expected = site.Archive.Issues.Where(i => i.Paper.Slug == "dongping-daily" && i.Date.Year == 2023).Select(i => i.Url).Order().ToList();
        Assert.Equal(expected, linked.Order().ToList());
        Assert.Equal(12, doc.QuerySelectorAll("section.month").Length);
    }

    [Fact]
    public void Statistics_are_svg_drawn_at_build_time_with_a_bar_per_value()
    {
        var doc = Page("stats.html");
        var kinds = doc.QuerySelector("#per-kind svg")!;
        Assert.Equal(site.Archive.Articles.Select(a => a.Item.Kind).Distinct().Count(), kinds.QuerySelectorAll("rect").Length);
        var months = doc.QuerySelectorAll("#per-month rect").Length;
        Assert.Equal(5, months); // 2022-11 to 2023-03, the empty months included
        Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public void Each_paper_has_an_atom_feed_of_its_newest_articles()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(site.Output, "dongping-daily", "feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        var newest = site.Archive.Issues.Where(i => i.Paper.Slug == "dongping-daily").MaxBy(i => i.Date)!;
        Assert.Equal(newest.Articles.First().DisplayTitle, entries[0].Element(atom + "title")!.Value.Split(" · ")[0]);
        Assert.Equal(site.Archive.Articles.Count(a => a.Paper.Slug == "dongping-daily"), entries.Count);
        var href = entries[0].Element(atom + "link")!.Attribute("href")!.Value;
        Assert.True(File.Exists(Path.Combine(site.Output, "dongping-daily", href)), href);
        Assert.Equal("2023-03-02T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Without_a_base_url_the_sitemap_lists_every_page_by_relative_url()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Where(f => f != "404.html").Order().ToList();
        Assert.Equal(pages, locs.Select(Uri.UnescapeDataString).Order().ToList());
        Assert.DoesNotContain(locs, l => l.Contains("://", StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_base_url_canonical_links_sitemap_feed_and_open_graph_are_absolute()
    {
        using var dir = new TempDir();
        SiteRenderer.Render(site.Archive, dir.Path, baseUrl: "https://example.org/archive/");
        var article = site.Archive.Articles.First();
        var doc = Parser.ParseDocument(File.ReadAllText(Path.Combine(dir.Path, article.Url)));

        Assert.Equal("https://example.org/archive/" + article.Url, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/archive/" + article.Url, doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Contains("https://example.org/archive/" + article.Url, doc.QuerySelector("#citation-zh")!.TextContent);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.All(XDocument.Load(Path.Combine(dir.Path, "sitemap.xml")).Descendants(sm + "loc"), l => Assert.StartsWith("https://example.org/archive/", l.Value));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.All(XDocument.Load(Path.Combine(dir.Path, "dongping-daily", "feed.xml")).Descendants(atom + "link"), l => Assert.StartsWith("https://example.org/archive/", l.Attribute("href")!.Value));
        Assert.Equal("https://example.org/archive/", Parser.ParseDocument(File.ReadAllText(Path.Combine(dir.Path, "404.html"))).QuerySelector("base")!.GetAttribute("href"));
    }

    [Fact]
    public void Listings_are_split_into_pages_numbered_from_the_oldest_that_link_to_each_other()
    {
        const int size = 3;
        using var dir = new TempDir();
        var report = SiteRenderer.Render(site.Archive, dir.Path, listingPageSize: size);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == NewsArchive.Reporting.Severity.Error);
        var news = site.Archive.Articles.Where(a => a.Item.Kind == ItemKind.News).ToList();
        Assert.True(news.Count > 2 * size, $"{news.Count} news articles");
        var older = (news.Count - 1) / size;
        var first = Parser.ParseDocument(File.ReadAllText(Path.Combine(dir.Path, "kinds", "news.html")));
        Assert.Equal(news.Count - older * size, first.QuerySelectorAll(".rows > li").Length);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal($"news.p{older}.html", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        // Following "older" from the first page reaches every news article once, newest first, and ends at p1.
        var seen = first.QuerySelectorAll(".rows > li > a").Select(a => a.GetAttribute("href")!).ToList();
        for (var p = older; p >= 1; p--)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(dir.Path, "kinds", $"news.p{p}.html")));
            Assert.Equal(size, page.QuerySelectorAll(".rows > li").Length);
            Assert.Equal(p == older ? "news.html" : $"news.p{p + 1}.html", page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
            Assert.Equal(p > 1 ? $"news.p{p - 1}.html" : null, page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
            seen.AddRange(page.QuerySelectorAll(".rows > li > a").Select(a => a.GetAttribute("href")!));
        }
        Assert.Equal(news.Count, seen.Distinct().Count());
        Assert.Equal(news.Count, seen.Count);
        Assert.False(File.Exists(Path.Combine(dir.Path, "kinds", $"news.p{older + 1}.html")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "kinds", "news.p0.html")));
    }

    [Fact]
    public void A_new_issue_leaves_the_older_pages_of_a_listing_as_they_were()
    {
        const int size = 1;
        using var before = new TempDir();
        using var after = new TempDir();
        var archive = site.Archive;
        var latest = archive.Issues.MaxBy(i => i.Date)!;
        SiteRenderer.Render(archive with { Issues = [.. archive.Issues.Where(i => i != latest)] }, before.Path, listingPageSize: size);
        SiteRenderer.Render(archive, after.Path, listingPageSize: size);

        var older = Directory.EnumerateFiles(Path.Combine(before.Path, "kinds"), "*.p*.html").ToList();
        Assert.NotEmpty(older);
        foreach (var file in older)
        {
            var again = Path.Combine(after.Path, "kinds", Path.GetFileName(file));
            var kept = File.Exists(again) && File.ReadAllText(again) == File.ReadAllText(file);
            // Only the page that was the oldest page before the first may gain a link to a new page between them.
            var html = File.ReadAllText(file);
            Assert.True(kept || html.Contains("rel=prev href=" + Path.GetFileName(file).Split('.')[0] + ".html>", StringComparison.Ordinal), $"{Path.GetFileName(file)} changed");
        }
        Assert.Contains(older, f => File.ReadAllText(Path.Combine(after.Path, "kinds", Path.GetFileName(f))) == File.ReadAllText(f));
    }

    [Fact]
    public void Names_that_would_share_a_file_name_get_their_own()
    {
        var slugs = new TermSlugs(["A B", "A-B", "王 晓燕", "阿不都·热合曼", "///"]);
        Assert.NotEqual(slugs["A B"], slugs["A-B"]);
        Assert.Equal("阿不都·热合曼", slugs["阿不都·热合曼"]);
        Assert.Equal("王-晓燕", slugs["王 晓燕"]);
        Assert.Matches("^[0-9a-f]{8}$", slugs["///"]);
    }

    private IEnumerable<(string Path, IHtmlDocument Doc)> HtmlPages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(site.Output, f), Parser.ParseDocument(File.ReadAllText(f))));

    private IHtmlDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    /// <summary>A relative link on the page at <paramref name="from"/>, as a site-root path.</summary>
    private static string Resolve(string from, string href) =>
        Uri.UnescapeDataString(new Uri(new Uri("http://x/" + from), href).AbsolutePath.TrimStart('/'));

    [GeneratedRegex(@"\bt[x]?\.([a-z_0-9]+)")]
    private static partial Regex LabelUse();
}
