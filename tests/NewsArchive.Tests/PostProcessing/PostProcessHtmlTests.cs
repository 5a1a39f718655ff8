using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Rendering.Views;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.PostProcessing;

/// <summary>
/// The streaming link rewriter against the DOM rewrite it replaced (AngleSharp as the oracle): the same links
/// rewritten, the same document otherwise, and every byte outside a rewritten value as it was rendered.
/// </summary>
public sealed class PostProcessHtmlTests
{
    private const string Deep = "dongping-daily/2023/03-02/a.html";

    private static (string Html, IReadOnlyList<string> Links) Stream(string path, string html)
    {
        var post = new PostProcessHtml();
        var file = post.Run(new SiteFile(path, Encoding.UTF8.GetBytes(html)));
        return (Encoding.UTF8.GetString(file.Content), [.. post.Links.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The streaming rewrite, read by AngleSharp, is the document the DOM rewrite made, with the same links.</summary>
    private static void AssertSameAsDom(string path, string html)
    {
        var (streamed, links) = Stream(path, html);
        var (dom, domLinks) = DomLinkRewrite.Run(path, html);
        Assert.Equal(dom, DomLinkRewrite.Document(streamed));
        Assert.Equal(domLinks, links);
    }

    public static TheoryData<string> TrickyPages() =>
    [
        """<!DOCTYPE html><html><head><title>a <a href="/title/"> b</title></head><body><a HREF="/paper/">x</a></body></html>""",
        """<p>before</p><!-- <a href="/comment/"> --><a href='/single/b.html?x=1&amp;y=2#top'>s</a><a href=/unquoted/>u</a>""",
        """<script>var s = "<a href='/script/'>"; if (a < b) document.write('<img src="/script.png">');</script><img SRC="/img/a.png" alt="x>y">""",
        """<script><!-- <script> </script> <a href="/still-script/"> --></script><a href="/after-script/">a</a>""",
        """<textarea><a href="/textarea/"></textarea><style>a[href="/style/"]::after { content: "<a href='/style/'>" }</style><a href="/after/">""",
        """<form action="/search.html?q=&amp;copy=1"><input name=q></form><div data-root="/"></div><div data-root="/paper/"></div>""",
        """<a href="//cdn.example.org/x.js">c</a><a href="https://example.org/">e</a><a href="#frag">f</a><a href="rel/x.html">r</a><a href="">n</a><a href>v</a>""",
        """<svg viewBox="0 0 10 10"><a href="/svg/"><use href="/icons.svg#dot"/></a><title><a href="/svg-title/"></title><style><a href="/svg-style/"></style><![CDATA[<a href="/cdata/">]]></svg><a href="/after-svg/">""",
        """<svg><foreignObject><textarea><a href="/raw-in-foreign/"></textarea><a href="/in-foreign/"></a></foreignObject></svg><math><mi><a href="/math-text/"></a></mi></math>""",
        """<a href="/first/" HREF="/second/" href='/third/'>dup</a><a href="&#47;entity-slash/">e</a><a href="&sol;sol/">s</a><a href="/&#47;protocol-relative">p</a>""",
        """<a title='he said "hi" > bye' href="/q/">q</a><a href = "/spaced/" >s</a><a/href="/slash-separated/">t</a><a href="/a/b c/">space</a>""",
        """<!--><a href="/after-abrupt/">x</a><!---><a href="/after-abrupt2/">y</a><!-- a -- b --!><a href="/after-bang/">z</a>""",
        """<?php echo '<a href="/bogus/">' ?><a href="/after-bogus/"></ href="/bogus-end/"><a href="/ok/">""",
        """<noscript><a href="/noscript/">n</a></noscript><xmp><a href="/xmp/"></xmp><iframe><a href="/iframe/"></iframe><a href="/after-iframe/">""",
        """<a href="/x/">x</a><plaintext><a href="/plaintext/">""",
        """<a href="/ok/">ok</a><a href="/cut-off/" title="eof""",
        """<a href="/paper/?q=&lt;b&gt;&quot;x&quot;&#x27;&amp;amp&notit;&amp=1&#0;&#x110000;&#128;">r</a><a href="/crlf/a&#13;b">c</a>""",
        """<A HREF=/UPPER/CASE.HTML>u</A><LINK REL=stylesheet HREF='/assets/site.css'><IMG src=/a.png?x=1&amp;y=2>""",
        """<table><a href="/foster/">f</a><tr><td><a href="/cell/">c</a></td></tr></table><form action="/outer/"></form>""",
    ];

    [Theory]
    [MemberData(nameof(TrickyPages))]
    public void Tricky_markup_gets_the_links_the_dom_rewrite_gave_and_nothing_else_changes(string html)
    {
        AssertSameAsDom(Deep, html);
        AssertSameAsDom("index.html", html);
    }

    [Fact]
    public void A_tag_the_tree_builder_drops_is_rewritten_all_the_same_and_its_link_checked()
    {
        // A form inside a form is dropped by every browser; the rewriter does not build the tree to know, so it
        // rewrites the dropped action too and the link check covers one link more than the DOM rewrite did.
        const string html = """<form action="/outer/"><form action="/nested/"></form></form>""";
        var (streamed, links) = Stream(Deep, html);
        var (dom, domLinks) = DomLinkRewrite.Run(Deep, html);
        Assert.Equal(dom, DomLinkRewrite.Document(streamed));
        Assert.Equal(["nested/index.html", "outer/index.html"], links);
        Assert.Equal(["outer/index.html"], domLinks);
        Assert.Contains("action=../../../nested/index.html>", streamed, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_inside_a_template_are_rewritten_too()
    {
        // A template's content becomes live markup when a script clones it, so its links need rewriting as much as
        // any; the DOM rewrite missed them (selectors do not look into template content).
        var (streamed, links) = Stream(Deep, """<template><a href="/template/">t</a></template>""");
        Assert.Equal("""<template><a href=../../../template/index.html>t</a></template>""", streamed);
        Assert.Equal(["template/index.html"], links);
        Assert.Empty(DomLinkRewrite.Run(Deep, """<template><a href="/template/">t</a></template>""").Links);
    }

    [Fact]
    public void Bytes_outside_rewritten_values_are_copied_as_rendered()
    {
        const string html = "<!doctype html>\n<HTML><body>\n  <a  HREF = '/paper/?a=1&amp;b=2#p'  class=x>文</a><!-- <a href=\"/c/\"> -->\r\n<img src=/i.png alt=\"&lt;\"><a href=\"https://e.org/\">e</a>\n";
        var (streamed, links) = Stream("paper/2023/a.html", html);
        Assert.Equal("<!doctype html>\n<HTML><body>\n  <a  HREF = '../index.html?a=1&amp;b=2#p'  class=x>文</a><!-- <a href=\"/c/\"> -->\r\n<img src=../../i.png alt=\"&lt;\"><a href=\"https://e.org/\">e</a>\n", streamed);
        Assert.Equal(["i.png", "paper/index.html"], links);
    }

    [Theory]
    [InlineData("<a href=\"/x/\">x</a>", "<a href=../../x/index.html>x</a>")]
    [InlineData("<a class=\"a\" href='/x.html' id=b>x</a>", "<a class=\"a\" href=../../x.html id=b>x</a>")]
    [InlineData("<a href=\"/s.html?q=1\">x</a>", "<a href=\"../../s.html?q=1\">x</a>")]
    [InlineData("<a href=\"/s.html#a b\">x</a>", "<a href=\"../../s.html#a b\">x</a>")]
    [InlineData("<link href=\"/x.css\"/>", "<link href=\"../../x.css\"/>")]
    public void A_rewritten_link_loses_the_quotes_it_does_not_need(string html, string written) =>
        Assert.Equal(written, Stream("a/b/c.html", html).Item1);

    [Fact]
    public void A_page_without_site_root_links_comes_back_as_the_same_bytes()
    {
        var file = new SiteFile("a/b.html", Encoding.UTF8.GetBytes("<p><a href=\"../x.html\">x</a></p>"));
        var post = new PostProcessHtml();
        Assert.Same(file, post.Run(file));
        Assert.Empty(post.Links);
    }

    [Fact]
    public void Every_page_of_a_rendered_site_gets_the_links_the_dom_rewrite_gave()
    {
        var report = new BuildReport();
        var archive = RichArchive.Build();
        var relatedById = RichArchive.Related(archive);
        var render = new RenderSite(new ThemeTemplates(Repo.Theme, ViewTypes.All, strict: true), null, () => relatedById);
        var pages = render.Run(archive, report).Where(f => f.IsHtml).ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages rendered");
        var rewritten = 0;
        foreach (var page in pages)
        {
            var html = Encoding.UTF8.GetString(page.Content);
            AssertSameAsDom(page.Path, html);
            if (html.Contains("href=\"/", StringComparison.Ordinal))
                rewritten++;
        }
        Assert.True(rewritten > 20, "the rendered pages should carry site-root links to rewrite");
    }

    [Fact]
    public void Links_of_every_page_are_recorded_for_the_broken_link_check()
    {
        var post = new PostProcessHtml();
        post.Run(new SiteFile("b/page.html", Encoding.UTF8.GetBytes("<a href=\"/missing/\">m</a><a href=\"/b/page.html#x\">s</a>")));
        post.Run(new SiteFile("a/page.html", Encoding.UTF8.GetBytes("<a href='/missing/'>m</a><div data-root=\"/\"></div>")));
        var report = new BuildReport();
        post.CheckLinks(new HashSet<string> { "b/page.html" }, report);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal("broken link in a/page.html: /missing/index.html", error.Message);
    }

    // ---- property: random pages built of the pieces above ----

    private static readonly HtmlEncoder Text = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] Urls =
    [
        "/", "/paper/", "/paper/2023/a.html", "/search.html?q=1&p=2", "/a/b.html#top", "/a/?x=1#y", "//cdn.example/x",
        "https://example.org/a", "#frag", "rel/x.html", "", "/文/章.html", "/a&b/", "/q?a=1&copy=2", "/x\"y'z", "/sp ace/",
    ];

    private static Gen<string> Url() =>
        from url in Gen.Elements(Urls)
        from slash in Gen.Elements("/", "&#47;", "&sol;", "&#x2F;")
        select url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? slash + url[1..] : url;

    private static Gen<string> Case(string name) =>
        Gen.Elements(name, name.ToUpperInvariant(), char.ToUpperInvariant(name[0]) + name[1..]);

    private static Gen<string> Attribute() =>
        from name in Gen.Elements("href", "src", "action", "data-root", "title", "class").SelectMany(Case)
        from url in Url()
        from quote in Gen.Elements("\"", "'", "")
        select quote switch
        {
            "\"" => $"{name}=\"{url.Replace("\"", "&quot;", StringComparison.Ordinal)}\"",
            "'" => $"{name}='{url.Replace("'", "&#39;", StringComparison.Ordinal)}'",
            _ when url.Length == 0 || url.AsSpan().IndexOfAny(" \"'=<>`") >= 0 => $"{name}",
            _ => $"{name}={url}",
        };

    private static Gen<string> EscapedText() =>
        Gen.Elements("新闻", "a < b", "x > y", "&", "\"q\"", "'s'", "</script>", "<!--", "-->", " ", "\n", "href=\"/t/\"", "<a href='/t/'>")
            .ArrayOf().Select(parts => Text.Encode(string.Concat(parts)));

    private static Gen<string> Element(int depth) =>
        // No form: a form inside a form is dropped by the tree builder, a difference pinned by its own test.
        from tag in Gen.Elements("a", "img", "link", "div", "use", "image", "A", "span", "button")
        from attributes in Attribute().ArrayOf()
        from selfClosing in Gen.Elements("", "/")
        from inner in depth > 0 ? Piece(depth - 1) : EscapedText()
        select $"<{tag}{string.Concat(attributes.Select(a => " " + a))}{selfClosing}>{inner}</{tag}>";

    private static Gen<string> Piece(int depth) =>
        Gen.OneOf(
            EscapedText(),
            Element(depth),
            Element(0).Select(e => $"<!-- {e} -->"),
            Element(0).Select(e => $"<script>var s = \"{e.Replace("\"", "\\\"", StringComparison.Ordinal)}\";</script>"),
            Element(0).Select(e => $"<script><!-- <script>{e}</script> {e} --></script>"),
            Element(0).Select(e => $"<style>/* {e} */</style>"),
            Element(0).Select(e => $"<textarea>{e}</textarea>"),
            Element(0).Select(e => $"<title>{e}</title>"),
            Element(0).Select(e => $"<noscript>{e}</noscript>"),
            Gen.Elements("svg", "math").SelectMany(root => (depth > 0 ? Piece(depth - 1) : Element(0)).Select(e => $"<{root}>{e}<title>{e}</title></{root}>")));

    private static Arbitrary<(string Path, string Html)> Pages() =>
        (from path in Gen.Elements("index.html", "a/b.html", "dongping-daily/2023/03-02/a.html")
         from pieces in Piece(2).ArrayOf()
         select (path, "<!DOCTYPE html><html><head><title>t</title></head><body>" + string.Concat(pieces) + "</body></html>")).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Random_pages_get_exactly_the_links_the_dom_rewrite_gave() => Prop.ForAll(Pages(), page =>
    {
        AssertSameAsDom(page.Path, page.Html);
    });
}
