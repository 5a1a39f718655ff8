using NewsArchive.Caching;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Tests.Caching;

/// <summary>The render cache's key of a page's view model: equal content gives an equal key, any visible change another.</summary>
public sealed class ModelHashTests
{
    private static ArticleLinkView Link(string title, string? summary = "摘要") => new()
    {
        Url = "/p/2024/01/02/01/01.html", Title = title, Kind = "news", Page = 1, Position = 1,
        Date = "2024-01-02", DateZh = "1月2日", DateEn = "2 Jan", PaperZh = "日报", PaperEn = "Daily", SummaryZh = summary,
    };

    private static Dictionary<string, object?> Model(params ArticleLinkView[] rows) => new()
    {
        ["listing"] = new ListingView(new LabelView("关键词", "Keyword"), "春耕", rows.Length, [.. rows], new PagerView(null, null))
        {
            Parent = new LabelView("关键词", "Keywords"),
            ParentUrl = "/keywords/index.html",
        },
        ["page_path"] = "/keywords/春耕.html",
    };

    [Fact]
    public void Models_with_equal_content_hash_alike_whoever_built_them()
    {
        Assert.Equal(ModelHash.Of(Model(Link("春耕备耕忙"), Link("新闻"))), ModelHash.Of(Model(Link("春耕备耕忙"), Link("新闻"))));
    }

    [Fact]
    public void A_change_anywhere_a_template_can_see_changes_the_hash()
    {
        var baseline = ModelHash.Of(Model(Link("春耕备耕忙"), Link("新闻")));
        Assert.NotEqual(baseline, ModelHash.Of(Model(Link("春耕备耕忙"), Link("新闻", summary: null))));
        Assert.NotEqual(baseline, ModelHash.Of(Model(Link("新闻"), Link("春耕备耕忙"))));
        Assert.NotEqual(baseline, ModelHash.Of(Model(Link("春耕备耕忙"))));
        // Where one string ends and the next begins is part of the content.
        Assert.NotEqual(ModelHash.Of(new[] { "ab", "c" }), ModelHash.Of(new[] { "a", "bc" }));
        Assert.NotEqual(ModelHash.Of(new Dictionary<string, object?> { ["a"] = 1 }), ModelHash.Of(new Dictionary<string, object?> { ["a"] = "1" }));
    }
}
