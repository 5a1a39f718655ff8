using NewsArchive.Pipeline;
using NewsArchive.Search;
using NewsArchive.State;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>Related articles: kin by shared distinctive keywords, never by common ones, never themselves, the same every time.</summary>
public sealed class FindRelatedTests
{
    /// <summary>
    /// Forty articles over forty days that all name the same province; two small stories each run in a few of them
    /// (a reservoir's repair, a township's tea harvest), and everything else is unrelated one-off keywords.
    /// </summary>
    private static List<ArticleDocument> Archive()
    {
        var list = new List<ArticleDocument>();
        for (var i = 0; i < 40; i++)
        {
            var keywords = new List<string> { "本省", "工作", $"独有词{i}" };
            if (i is 3 or 17 or 30) keywords.AddRange(["青石水库", "除险加固"]);
            if (i is 8 or 9) keywords.AddRange(["茶园镇", "春茶"]);
            if (i == 9) keywords.Add("青石水库");
            list.Add(Doc(i, keywords));
        }
        return list;
    }

    private static ArticleDocument Doc(int i, IReadOnlyList<string> keywords) => new()
    {
        Id = $"a{i:00}",
        SortKey = $"2020{1 + i / 28:00}{1 + i % 28:00}|paper|001|{i:000}",
        Url = $"/a{i:00}.html",
        Title = $"标题{i}",
        Body = "正文",
        Date = $"2020-{1 + i / 28:00}-{1 + i % 28:00}",
        Page = 1,
        Kind = "news",
        Paper = "paper",
        PaperName = "报",
        Keywords = keywords,
    };

    [Fact]
    public void Saved_lists_are_read_back_for_the_same_articles_and_found_again_when_a_keyword_changes()
    {
        using var dir = new TempDir();
        var path = dir.Combine("build-state.txt");
        var options = new BuildOptions { InputDirectory = dir.Path, Parallelism = 2 };
        var archive = Archive();
        var found = new RelateArticles().Run(archive, options.Parallelism, previous: null);
        BuildStateFile.Save(path, BuildState.Empty with { FirstBuild = false, Related = found });

        var saved = BuildStateFile.Load(path).Related;
        var again = new RelateArticles().Run(Archive(), options.Parallelism, saved);
        var edited = archive.Select((d, i) => i == 30 ? d with { Keywords = ["本省"] } : d).ToList();
        var stale = new RelateArticles().Run(edited, options.Parallelism, saved);

        Assert.NotNull(saved);
        Assert.Same(saved, again);
        Assert.Equal(found.Lists.OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + string.Join(",", kv.Value)),
                     saved!.Lists.OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + string.Join(",", kv.Value)));
        Assert.NotEqual(saved.Key, stale.Key);
        Assert.NotSame(saved.Lists, stale.Lists);
        Assert.NotEqual(RelateArticles.KeyFor(archive, 5), RelateArticles.KeyFor(archive, 4));
    }

    [Fact]
    public void Articles_on_the_same_story_are_related_best_first()
    {
        var related = new FindRelated().Run(Archive(), 2);

        Assert.Equal(["a17", "a30", "a09"], related["a03"]);
        Assert.Equal(["a03", "a30", "a09"], related["a17"]);
        // Two shared keywords outweigh one.
        Assert.Equal("a09", related["a08"][0]);
        Assert.Equal("a08", related["a09"][0]);
    }

    [Fact]
    public void Keywords_common_to_much_of_the_archive_relate_nothing()
    {
        var related = new FindRelated().Run(Archive(), 2);

        // a00 shares only 本省 and 工作 with every other article.
        Assert.Empty(related["a00"]);
        Assert.All(related, kv => Assert.DoesNotContain(kv.Key, kv.Value));
    }

    [Fact]
    public void Equal_kinship_goes_to_the_nearest_date_then_archive_order()
    {
        // Five articles share one keyword with a14: a13 and a15 a day away (a13 first in the archive), a02 twelve
        // days, a27 thirteen, a28 seventeen.
        var list = Enumerable.Range(0, 80).Select(i => Doc(i, i is 2 or 13 or 14 or 15 or 27 or 28 ? ["同一件事", $"独有词{i}"] : [$"独有词{i}"])).ToList();

        var related = new FindRelated(count: 3).Run(list, 1);

        Assert.Equal(["a13", "a15", "a02"], related["a14"]);
    }

    [Fact]
    public void An_article_page_lists_its_three_closest_kin_not_five()
    {
        // Same story in six articles: a14's closest three by date, the other two left to search.
        var list = Enumerable.Range(0, 80).Select(i => Doc(i, i is 2 or 13 or 14 or 15 or 27 or 28 ? ["同一件事", $"独有词{i}"] : [$"独有词{i}"])).ToList();

        var related = new FindRelated().Run(list, 1);

        Assert.Equal(["a13", "a15", "a02"], related["a14"]);
    }

    [Fact]
    public void Lists_do_not_depend_on_input_order_or_thread_count()
    {
        var archive = Archive();
        var shuffled = archive.AsEnumerable().Reverse().ToList();

        var one = new FindRelated().Run(archive, 1);
        var two = new FindRelated().Run(shuffled, 2);

        Assert.Equal(one.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ":" + string.Join(",", kv.Value)),
                     two.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ":" + string.Join(",", kv.Value)));
    }
}
