using NewsArchive.Search;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>The index stage: related articles, the exported files, incremental updates, folding.</summary>
[Collection(SearchCollection.Name)]
public sealed class IndexArticlesTests(SearchSite site)
{
    [Fact]
    public void Article_pages_list_related_articles_that_exist_and_are_not_themselves()
    {
        var pages = site.Articles.Select(a => (a, File.ReadAllText(Path.Combine(site.Output, a.Url)))).ToList();
        var withRelated = pages.Where(p => p.Item2.Contains("class=\"related\"", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(withRelated);
        foreach (var (article, html) in withRelated)
        {
            var aside = html[html.IndexOf("class=\"related\"", StringComparison.Ordinal)..];
            aside = aside[..aside.IndexOf("</section>", StringComparison.Ordinal)];
            var hrefs = System.Text.RegularExpressions.Regex.Matches(aside, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(hrefs);
            foreach (var href in hrefs)
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(site.Output, article.Url))!, href));
                Assert.True(File.Exists(target), $"{article.Url} links to missing {href}");
                Assert.NotEqual(Path.GetFullPath(Path.Combine(site.Output, article.Url)), target);
            }
        }
    }

    [Fact]
    public void Export_and_related_lists_are_the_same_on_every_run()
    {
        var index = new LuceneIndex(LuceneIndex.PathFor(site.Input), SimplifiedMap.Find(Repo.Root));
        var documents = site.Articles.Select(ArticleDocument.From).ToList();

        var first = new ExportIndex().Run(index);
        var second = new ExportIndex().Run(index);
        var related1 = new FindRelated().Run(documents, 2);
        var related2 = new FindRelated().Run(documents, 1);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), p => Assert.Equal(p.First.Content, p.Second.Content));
        Assert.All(first, f => Assert.True(File.Exists(Path.Combine(site.Output, f.Path)), f.Path));
        Assert.Equal(related1.OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + string.Join(",", kv.Value)),
                     related2.OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + string.Join(",", kv.Value)));
    }

    [Fact]
    public void An_unchanged_archive_reindexes_nothing_and_a_changed_article_only_itself()
    {
        using var dir = new TempDir();
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        var documents = site.Articles.Select(ArticleDocument.From).ToList();

        var fresh = index.Update(documents);
        var again = index.Update(documents);
        var edited = documents.Select((d, i) => i == 0 ? d with { Body = d.Body + "\n新增一段补充报道。" } : d).ToList();
        var changed = index.Update(edited[..^1]);

        Assert.Equal(documents.Count, fresh.Added);
        Assert.Equal(new IndexChanges(0, 0, 0, documents.Count), again);
        Assert.Equal(new IndexChanges(0, 1, 1, documents.Count - 1), changed);
        using (var reader = index.OpenReader())
            Assert.Equal(documents.Count - 1, reader.NumDocs);
        // The replaced and deleted documents may linger in the index, but not in what the browser ranks with:
        // the export equals that of an index built afresh from the same articles.
        var clean = new LuceneIndex(dir.Combine("clean"), SimplifiedMap.Empty);
        clean.Update(edited[..^1]);
        Assert.Equal(clean.ContentKey, index.ContentKey);
        var incremental = new ExportIndex().Run(index);
        var fresh2 = new ExportIndex().Run(clean);
        Assert.Equal(fresh2.Select(f => f.Path), incremental.Select(f => f.Path));
        Assert.All(fresh2.Zip(incremental), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    [Fact]
    public void An_unchanged_index_names_its_last_export_and_a_changed_one_does_not()
    {
        using var dir = new TempDir();
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        var documents = site.Articles.Select(ArticleDocument.From).ToList();
        var cache = new ExportCache(dir.Combine("export.txt"));
        index.Update(documents);
        var key = ExportCache.KeyFor(index);
        var exported = new ExportIndex().Run(index, documents);
        cache.Save(key, exported.Select(f => f.Path));

        index.Update(documents);
        var reused = cache.Load(ExportCache.KeyFor(index));
        index.Update(documents.Select((d, i) => i == 0 ? d with { Title = d.Title + "（更正）" } : d).ToList());
        var stale = cache.Load(ExportCache.KeyFor(index));
        File.WriteAllBytes(dir.Combine("export.txt"), [1, 2, 3]);
        var broken = cache.Load(key);

        Assert.Equal(exported.Select(f => f.Path), reused);
        Assert.Null(stale);
        Assert.Null(broken);
    }

    [Theory]
    [InlineData("體育館", "体育馆")]
    [InlineData("經濟發展", "经济发展")]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("干部", "干部")]
    public void Traditional_and_full_width_text_folds_to_what_the_index_holds(string typed, string folded)
    {
        var map = SimplifiedMap.Find(Repo.Root);

        Assert.Equal(folded, map.Fold(typed));
    }

    [Fact]
    public void Bigrams_cover_every_substring_of_a_run_and_words_stay_whole()
    {
        var tokens = BigramTokens.Bigrams("5G网络建设，COVID-19").Select(t => $"{t.Term}@{t.Position}").ToList();

        Assert.Equal(["5g@0", "网络@1", "络建@2", "建设@3", "covid@4", "19@5"], tokens);
    }
}
