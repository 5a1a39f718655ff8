using NewsArchive.Rendering;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Browser;

/// <summary>
/// The labels repeated on every row of a list (kind, page) come from the stylesheet the build writes from
/// theme/i18n.json, not from each row's markup: in real Chromium they read as before and follow the language switch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RowLabelsTests(Chromium chromium, RichSite site)
{
    private const string Content = "([sel, pseudo]) => getComputedStyle(document.querySelector(sel), pseudo).content";

    [Fact]
    public async Task A_listing_row_shows_its_kind_and_page_in_the_reader_s_language()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "kinds", "news.html")).AbsoluteUri);

        Assert.Equal("", (await page.TextContentAsync(".rows .badge"))!.Trim()); // nothing in the row's markup
        Assert.Equal("\"消息\"", await page.EvaluateAsync<string>(Content, new object[] { ".rows .badge", "::before" }));
        var number = (await page.TextContentAsync(".rows .pg"))!.Trim();
        Assert.Matches(@"^\d+$", number);
        Assert.Equal("\"第\"", await page.EvaluateAsync<string>(Content, new object[] { ".rows .pg", "::before" }));
        Assert.Equal("\"版\"", await page.EvaluateAsync<string>(Content, new object[] { ".rows .pg", "::after" }));
        Assert.Equal($"第{number}版", await page.EvaluateAsync<string>("() => { const li = document.querySelector('.rows .pg'); return getComputedStyle(li, '::before').content.replaceAll('\"', '') + li.textContent + getComputedStyle(li, '::after').content.replaceAll('\"', ''); }"));

        await page.ClickAsync("[data-lang-switch]");

        Assert.Equal("\"News\"", await page.EvaluateAsync<string>(Content, new object[] { ".rows .badge", "::before" }));
        Assert.Equal("\"Page \"", await page.EvaluateAsync<string>(Content, new object[] { ".rows .pg", "::before" }));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_article_s_byline_keywords_and_gloss_labels_read_in_the_reader_s_language()
    {
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(errors);
        var article = site.Archive.Articles.First(a => a.Enrichment?.EnglishSource == Model.EnglishSource.Gloss && a.Item.Reporters.Count > 0 && a.Enrichment.Keywords.Count > 0);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, article.Url)).AbsoluteUri);

        Task<string> Words(string selector) => page.EvaluateAsync<string>(Content, new object[] { selector, "::before" });
        Assert.Equal("", (await page.TextContentAsync(".byline dt"))!.Trim()); // nothing in the markup
        Assert.Equal("\"记者\"", await Words(".byline dt span"));
        Assert.Equal("\"关键词\"", await Words(".keywords-label span"));
        Assert.StartsWith("\"机器词典直译", await Words(".provenance span[class^=c-]"));
        Assert.Equal("\"新闻档案\"", await Words(".colophon-name span"));

        await page.ClickAsync("[data-lang-switch]");

        Assert.Equal("\"Reporters\"", await Words(".byline dt span"));
        Assert.Equal("\"Keywords\"", await Words(".keywords-label span"));
        Assert.StartsWith("\"Machine gloss", await Words(".provenance span[class^=c-]"));
        Assert.Equal("\"News Archive\"", await Words(".colophon-name span"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("第\"{n}\"版", "\"第\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("</style>\n", "\"\\3c /style\\3e \\a \"")]
    public void A_label_in_the_stylesheet_is_a_CSS_string_that_cannot_end_early(string text, string css) =>
        Assert.Equal(css, LabelStyles.Quoted(text[..(text.IndexOf("{n}", StringComparison.Ordinal) is var i and >= 0 ? i : text.Length)]));
}
