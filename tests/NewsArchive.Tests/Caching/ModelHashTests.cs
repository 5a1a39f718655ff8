using NewsArchive.Caching;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Tests.Caching;

/// <summary>The render cache's key of a page's view model: equal content gives an equal key, any visible change another.</summary>
public sealed class ModelHashTests
{
    private static ArticleLinkView Link(string title, string? summary = "摘要") => new()
    {
        Url = "/p/2024/01/02/01/01.html",
        Title = title,
        Kind = "news",
        Page = 1,
        Position = 1,
        Date = "2024-01-02",
        DateZh = "1月2日",
        DateEn = "2 Jan",
        PaperZh = "日报",
        PaperEn = "Daily",
        SummaryZh = summary,
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

    private sealed record Counts(int Count, int? Missing, bool Flag, double Ratio, long Big, LabelView? Label);

    private readonly record struct Point(int X, string Name);

    [Fact]
    public void Numbers_flags_and_nested_views_are_part_of_the_hash()
    {
        var baseline = ModelHash.Of(new Counts(1, null, false, 0.5, 1L << 40, new LabelView("版", "Page")));
        Assert.Equal(baseline, ModelHash.Of(new Counts(1, null, false, 0.5, 1L << 40, new LabelView("版", "Page"))));
        Assert.NotEqual(baseline, ModelHash.Of(new Counts(2, null, false, 0.5, 1L << 40, new LabelView("版", "Page"))));
        Assert.NotEqual(baseline, ModelHash.Of(new Counts(1, 0, false, 0.5, 1L << 40, new LabelView("版", "Page"))));
        Assert.NotEqual(baseline, ModelHash.Of(new Counts(1, null, true, 0.5, 1L << 40, new LabelView("版", "Page"))));
        Assert.NotEqual(baseline, ModelHash.Of(new Counts(1, null, false, 0.25, 1L << 40, new LabelView("版", "Page"))));
        // A long is not squeezed through a double: values a double cannot tell apart still differ.
        Assert.NotEqual(ModelHash.Of(new Counts(1, null, false, 0.5, (1L << 60) + 1, null)), ModelHash.Of(new Counts(1, null, false, 0.5, 1L << 60, null)));
        Assert.NotEqual(baseline, ModelHash.Of(new Counts(1, null, false, 0.5, 1L << 40, new LabelView("版", "Pages"))));
        Assert.NotEqual(baseline, ModelHash.Of(new Counts(1, null, false, 0.5, 1L << 40, null)));
    }

    [Fact]
    public void Structs_hash_by_content()
    {
        Assert.Equal(ModelHash.Of(new[] { new Point(1, "甲") }), ModelHash.Of(new List<Point> { new(1, "甲") }));
        Assert.NotEqual(ModelHash.Of(new[] { new Point(1, "甲") }), ModelHash.Of(new[] { new Point(1, "乙") }));
    }

    [Fact]
    public void Hashes_agree_across_threads()
    {
        var link = Link("春耕备耕忙");
        var expected = ModelHash.Of(Model(Link("春耕备耕忙"), Link("新闻")));
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = ModelHash.Of(Model(link, Link("新闻"))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Shared_views_hash_as_they_would_alone_on_every_page_that_shows_them()
    {
        var first = Link("春耕备耕忙");
        var second = Link("新闻");
        var shared = new ModelHash.Shared([first, second]);
        var alone = ModelHash.Of(Model(first, second));
        Assert.Equal(alone, ModelHash.Of(Model(first, second), shared));
        Assert.Equal(alone, ModelHash.Of(Model(first, second), shared));
        Assert.Equal(ModelHash.Of(Model(second, first)), ModelHash.Of(Model(second, first), shared));
        Assert.NotEqual(alone, ModelHash.Of(Model(first, Link("新闻", summary: null)), shared));
    }
}
