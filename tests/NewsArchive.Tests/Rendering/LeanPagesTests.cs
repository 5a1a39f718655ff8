using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsArchive.Search;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Rendering;

/// <summary>The sample archive plus pages signed by a reporter of one article, one of two and one of three, built once for the tests below.</summary>
public sealed class LeanSite : IDisposable
{
    private readonly TempDir _dir = new();

    public LeanSite()
    {
        SiteBuilder.CopySampleInput(_dir.Combine("input"));
        _dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯（记者 欧阳一帆）12月14日，市政府召开常务会议，研究部署春耕生产工作。会议指出，今年全县粮食播种面积稳中有增。\n");
        for (var day = 5; day <= 9; day++)
            _dir.Write($"input/test-daily/2023-05-0{day}/01.txt", $"本报讯（记者 {(day <= 6 ? TwoArticles : ThreeArticles)}）5月{day}日，县里召开第{day}次防汛工作会议，部署汛期值班和物资储备工作。会议要求各乡镇落实责任。\n");
        Result = SiteBuilder.Build(_dir.Combine("input"), _dir.Combine("_site"));
    }

    public const string TwoArticles = "诸葛明远";
    public const string ThreeArticles = "上官清风";

    public NewsArchive.Pipeline.BuildResult Result { get; }
    public string Output => _dir.Combine("_site");

    public void Dispose() => _dir.Dispose();
}

/// <summary>Pages that carry what the reader needs once (issue 22: an archive that fits on GitHub Pages).</summary>
public sealed class LeanPagesTests(LeanSite site) : IClassFixture<LeanSite>
{
    private static readonly HtmlParser Parser = new();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    [Fact]
    public void A_reporter_of_one_article_links_to_a_search_for_their_articles_and_has_no_page_of_their_own()
    {
        var article = Page("test-daily/2023/05/04/01/01.html");
        var link = article.QuerySelectorAll(".byline a").Single(a => a.TextContent == "欧阳一帆");
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("../../../../../search.html?q=", href);
        Assert.Contains("&reporter=", href);
        Assert.Equal("欧阳一帆", Uri.UnescapeDataString(href[(href.IndexOf("&reporter=", StringComparison.Ordinal) + "&reporter=".Length)..]));
        Assert.False(File.Exists(Path.Combine(site.Output, "reporters", "欧阳一帆.html")));
        // The reporters' index still lists the name, linked to the same search.
        var index = Page("reporters/index.html");
        Assert.Contains(index.QuerySelectorAll(".terms a"), a => a.TextContent == "欧阳一帆" && a.GetAttribute("href")!.StartsWith("../search.html?q=", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Result.Report.Diagnostics, d => d.Severity == NewsArchive.Reporting.Severity.Error);
    }

    [Fact]
    public void A_reporter_of_two_articles_links_to_a_search_that_lists_both_and_has_no_page_of_their_own()
    {
        foreach (var day in new[] { 5, 6 })
        {
            var href = Page($"test-daily/2023/05/0{day}/01/01.html").QuerySelectorAll(".byline a").Single(a => a.TextContent == LeanSite.TwoArticles).GetAttribute("href")!;
            Assert.StartsWith("../../../../../search.html?q=", href);
            Assert.EndsWith("&reporter=" + Uri.EscapeDataString(LeanSite.TwoArticles), href);
        }
        Assert.False(File.Exists(Path.Combine(site.Output, "reporters", LeanSite.TwoArticles + ".html")));
    }

    [Fact]
    public void A_reporter_of_three_articles_keeps_their_listing_page()
    {
        var index = Page("reporters/index.html");
        var several = index.QuerySelectorAll(".terms li").Single(li => li.QuerySelector("a")!.TextContent == LeanSite.ThreeArticles);
        Assert.Equal("3", several.QuerySelector(".count")!.TextContent.Trim());
        var href = several.QuerySelector("a")!.GetAttribute("href")!;
        Assert.EndsWith(".html", href);
        Assert.Equal(3, Page(Path.Combine("reporters", Uri.UnescapeDataString(href))).QuerySelectorAll(".rows li").Length);
    }

    [Fact]
    public void An_article_page_carries_its_english_title_and_summary_once()
    {
        var html = File.ReadAllText(Path.Combine(site.Output, "liaocheng-daily/2022/12/17/01/01.html"));
        var doc = Parser.ParseDocument(html);
        var titleEn = doc.QuerySelector(".story-title-en")!.TextContent;
        Assert.Single(doc.QuerySelectorAll("main p, main h1, main h2"), e => e.TextContent == titleEn);
        Assert.Null(doc.QuerySelector("meta[property='og:description']"));
        var description = doc.QuerySelector("meta[name='description']")!.GetAttribute("content")!;
        var ld = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(ld.TryGetProperty("description", out _));
        Assert.DoesNotContain(description, ld.GetRawText());
    }

    [Theory]
    [InlineData("liaocheng-daily/2022/12/17/01/01.html", new[] { "site.css" })]
    [InlineData("liaocheng-daily/2022/12/17/index.html", new[] { "site.css", "pages.css" })]
    [InlineData("index.html", new[] { "site.css", "pages.css" })]
    [InlineData("keywords/index.html", new[] { "site.css", "pages.css" })]
    public void An_article_page_asks_for_the_shared_stylesheet_alone_and_other_pages_add_theirs(string path, string[] expected)
    {
        var doc = Page(path);
        var sheets = doc.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(expected, sheets.Select(s => s[(s.LastIndexOf('/') + 1)..]));
        Assert.All(sheets, s => Assert.Contains("assets/css/", s));
        var scripts = doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Equal(["lang.js", "site.js"], scripts.Select(s => s[(s.LastIndexOf('/') + 1)..]));
        // What the folded files carried is still served: print rules (navigation hidden on paper) and the chrome.
        var css = File.ReadAllText(Path.Combine(site.Output, "assets", "css", "site.css"));
        Assert.Contains("@media print", css);
        Assert.Contains("@page", css);
        Assert.Contains("NewsArchiveChrome", File.ReadAllText(Path.Combine(site.Output, "assets", "js", "site.js")));
        Assert.False(File.Exists(Path.Combine(site.Output, "assets", "js", "chrome.js")));
    }

    [Fact]
    public void The_article_stylesheet_styles_every_class_an_article_page_uses_and_leaves_other_pages_rules_out()
    {
        var css = File.ReadAllText(Path.Combine(site.Output, "assets", "css", "site.css"));
        var pages = File.ReadAllText(Path.Combine(site.Output, "assets", "css", "pages.css"));
        // Rules only other pages use are in pages.css, not in what an article's reader downloads.
        foreach (var other in new[] { ".items-front", ".year-table", ".cal ", ".issue-head", ".terms", ".chart-svg", ".page-title" })
        {
            Assert.DoesNotContain(other, css);
            Assert.Contains(other, pages);
        }
        // Every class on an article page has a rule in site.css (or is a hook for scripts and tests only).
        // Hooks: the body's section, the story's kind (as its badge has), the English summary's source.
        static bool Hook(string name, string css) => name is "abstract-zh" || name.StartsWith("section-", StringComparison.Ordinal) || name.StartsWith("english-", StringComparison.Ordinal)
            || (name.StartsWith("story-", StringComparison.Ordinal) && css.Contains(".badge-" + name["story-".Length..], StringComparison.Ordinal));
        var articles = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^[^/]+/\d{4}/\d{2}/\d{2}/\d{2}/\d+\.html$"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(articles);
        foreach (var name in articles.SelectMany(a => Page(a).All.SelectMany(e => e.ClassList)).Distinct().Where(n => !Hook(n, css)))
            Assert.True(css.Contains("." + name, StringComparison.Ordinal), $"site.css has no rule for .{name}");
    }

    [Fact]
    public void An_article_page_leaves_the_english_citation_and_the_search_box_to_the_shared_scripts()
    {
        var doc = Page("liaocheng-daily/2022/12/17/01/01.html");
        Assert.NotEmpty(doc.QuerySelector("#citation-zh")!.TextContent);
        Assert.Null(doc.QuerySelector("#citation-en")); // site.js makes it from the JSON-LD
        Assert.Null(doc.QuerySelector("form")); // search needs JavaScript: the chrome in site.js brings the box
        Assert.NotNull(doc.QuerySelector(".masthead [data-chrome='search']"));
        var chrome = File.ReadAllText(Path.Combine(site.Output, "assets", "js", "site.js"));
        Assert.Contains("site-search", chrome);
        // The home page keeps the box in its HTML, like the rest of the chrome.
        Assert.NotNull(Page("index.html").QuerySelector(".masthead form.site-search input[name='q']"));
        // Meta tags and JSON-LD do not repeat what the page says elsewhere: the title, the keyword links.
        Assert.Null(doc.QuerySelector("meta[property='og:title']"));
        var ld = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(ld.TryGetProperty("keywords", out _));
        Assert.False(ld.TryGetProperty("inLanguage", out _)); // <html lang> says it
        Assert.False(ld.TryGetProperty("printEdition", out _)); // the publisher's name again
        Assert.Equal("zh-Hans", doc.DocumentElement.GetAttribute("lang"));
        // Light and dark schemes come from the stylesheet's color-scheme, not a meta tag on every page.
        Assert.Null(doc.QuerySelector("meta[name='color-scheme']"));
        Assert.Contains("color-scheme:light dark", File.ReadAllText(Path.Combine(site.Output, "assets", "css", "site.css")).Replace(": ", ":"));
        Assert.NotEmpty(doc.QuerySelectorAll(".keywords a"));
    }

    [Theory]
    [InlineData("<ul>\n  <li><a>x</a>\n  <li><a>y</a>\n</ul>\n\n<p>z</p>", "<ul><li><a>x</a><li><a>y</a></ul><p>z</p>")]
    [InlineData("<p><span class=badge></span>\n<a>paper</a></p>", "<p><span class=badge></span>\n<a>paper</a></p>")] // the space a reader sees
    [InlineData("<p class=leftover>two\n  lines</p>\n<p>x</p>", "<p class=leftover>two\n  lines</p><p>x</p>")] // text keeps its spaces
    [InlineData("<b>a</b>\n<pa>b</pa>\n<small>c</small>", "<b>a</b>\n<pa>b</pa>\n<small>c</small>")]
    public void Line_breaks_go_only_where_a_block_tag_swallows_them(string rendered, string served) =>
        Assert.Equal(served, NewsArchive.Rendering.ThemeTemplates.Unindent(rendered));

    [Fact]
    public void An_article_page_keeps_the_space_between_its_dateline_parts_and_its_prev_next_titles()
    {
        var doc = Page("liaocheng-daily/2022/12/17/01/01.html");
        // The badge and the paper's name do not run together: white space is kept between inline tags.
        var paper = doc.QuerySelector(".story-dateline a")!;
        Assert.True(string.IsNullOrWhiteSpace(paper.PreviousSibling!.TextContent) && paper.PreviousSibling.TextContent.Length > 0);
        Assert.Matches(@"\S · \S", doc.QuerySelector(".story-dateline")!.TextContent);
        var links = doc.QuerySelectorAll(".prevnext a[rel]");
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.NotEmpty(a.QuerySelector("strong")!.TextContent));
    }

    [Fact]
    public void A_page_of_one_paper_names_that_papers_feed_only()
    {
        var doc = Page("liaocheng-daily/2022/12/17/01/01.html");
        var feeds = doc.QuerySelectorAll("link[rel='alternate']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["../../../../feed.xml"], feeds);
        var home = Page("index.html");
        Assert.Equal(2, home.QuerySelectorAll("link[rel='alternate']").Length);
    }

    [Fact]
    public void A_chinese_label_is_never_inside_an_english_element_without_its_own_language()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var zh in doc.QuerySelectorAll(".l-zh"))
                Assert.True(zh.Closest("[lang]")!.GetAttribute("lang") == "zh-Hans", $"{file}: {zh.OuterHtml}");
        }
    }

    [Fact]
    public void Search_documents_come_several_to_a_file_and_the_manifest_says_how_many()
    {
        var search = Path.Combine(site.Output, "search");
        var manifest = File.ReadAllText(Path.Combine(search, "manifest.js"));
        Assert.Contains($"\"dpf\":{ExportIndex.DocsPerFile}", manifest);
        var articles = (int)site.Result.Report.Counters["articles"];
        var files = Directory.EnumerateFiles(Path.Combine(search, "d"), "*.js", SearchOption.AllDirectories).Count();
        Assert.Equal((articles + ExportIndex.DocsPerFile - 1) / ExportIndex.DocsPerFile, files);
    }
}
