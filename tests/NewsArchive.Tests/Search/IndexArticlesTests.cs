using NewsArchive.Search;
using NewsArchive.State;
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
        var withRelated = pages.Where(p => p.Item2.Contains("class=related", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(withRelated);
        foreach (var (article, html) in withRelated)
        {
            var aside = html[html.IndexOf("class=related", StringComparison.Ordinal)..];
            aside = aside[..aside.IndexOf("</section>", StringComparison.Ordinal)];
            var hrefs = System.Text.RegularExpressions.Regex.Matches(aside, "href=\"?([^\" >]+)").Select(m => m.Groups[1].Value).ToList();
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

        var first = new ExportIndex().Run(index).Files;
        var second = new ExportIndex().Run(index).Files;
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
        var incremental = new ExportIndex().Run(index).Files;
        var fresh2 = new ExportIndex().Run(clean).Files;
        Assert.Equal(fresh2.Select(f => f.Path), incremental.Select(f => f.Path));
        Assert.All(fresh2.Zip(incremental), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-8)]
    [InlineData(null)]
    public void Articles_added_at_the_end_and_corrected_in_place_export_in_part_exactly_as_a_whole_export(int? correct)
    {
        using var dir = new TempDir();
        var all = site.Articles.Select(ArticleDocument.From).ToList();
        var earlier = all[..^4];
        var (exporter, index, state) = ExportInto(dir, earlier);
        var at = correct < 0 ? all.Count + correct.Value : correct ?? -1;

        // A correction changes one article's words (old ones go, new ones come); four more arrive after the last.
        var corrected = all.Select((d, i) => i == at ? d with { Body = d.Body.Replace("的", "之") + "\n更正：补充说明。", Title = d.Title + "（更正）" } : d).ToList();
        var (part, whole) = ExportAgain(dir, exporter, index, state, corrected);

        Assert.True(part.Partial);
        // Only the document files holding the added and corrected articles (documents come DocsPerFile to a file).
        var touched = Enumerable.Range(all.Count - 4, 4).Append(at).Where(o => o >= 0).Select(o => o / ExportIndex.DocsPerFile).Distinct().Count();
        Assert.Equal(touched, part.Files.Count(f => !f.Unchanged && f.Path.StartsWith("search/d/", StringComparison.Ordinal)));
        // Long lists keep their blocks before the first change.
        Assert.Contains(part.Files, f => f.Unchanged && f.Path.StartsWith("search/x/", StringComparison.Ordinal));
        AssertSameFiles(whole, dir.Combine("site"));
        Assert.Equal(whole.State with { ContentKey = "" }, part.State with { ContentKey = "" }, StateComparer);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Shortened_and_lengthened_articles_in_tiny_blocks_export_in_part_exactly_as_a_whole_export(int seed)
    {
        // Blocks of a few postings each: a corrected article's postings then often move across block boundaries.
        using var dir = new TempDir();
        var random = new Random(seed);
        var all = site.Articles.Select(ArticleDocument.From).ToList();
        var exporter = new ExportIndex(blockChars: 12);
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        var earlier = all[..^2];
        index.Update(earlier);
        var first = exporter.Run(index, earlier);
        Apply(dir.Combine("site"), first);

        var edits = Enumerable.Range(0, 6).Select(_ => random.Next(earlier.Count / 2, earlier.Count)).ToHashSet();
        var corrected = all.Select((d, i) => !edits.Contains(i) ? d
            : random.Next(3) > 0 ? d with { Body = d.Body[..(d.Body.Length / 5)], Title = d.Title[..1] } : d with { Body = d.Body + d.Body }).ToList();
        var (part, whole) = ExportAgain(dir, exporter, index, first.State, corrected);

        Assert.True(part.Partial);
        AssertSameFiles(whole, dir.Combine("site"));
    }

    [Fact]
    public void A_list_over_the_inline_limit_leaves_its_shard_whatever_the_block_length()
    {
        // Blocks five times the inline limit: a list between the two is one block file, not a long string in its shard
        // (every query term loads a shard, so a shard must stay small however long blocks grow).
        var index = new LuceneIndex(LuceneIndex.PathFor(site.Input), SimplifiedMap.Find(Repo.Root));
        var files = new ExportIndex(blockChars: 120, inlineChars: 24).Run(index).Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

        var (inline, single, several) = (0, 0, 0);
        foreach (var (path, content) in files.Where(kv => kv.Key.StartsWith("search/t/", StringComparison.Ordinal) || kv.Key.StartsWith("search/r/", StringComparison.Ordinal)))
            foreach (var (term, entry) in SearchWire.ParseShard(content)!)
                foreach (var (key, value) in SearchWire.Fields(entry))
                {
                    if (value.Whole is { } whole)
                    {
                        Assert.True(whole.Length <= 24, $"{path}: {term}/{key} holds {whole.Length} characters inline");
                        inline++;
                        continue;
                    }
                    // Only where the blocks are ([first document, id], no postings): every one a file of the export, the last one too.
                    using (var json = System.Text.Json.JsonDocument.Parse(entry))
                        Assert.All(json.RootElement.GetProperty(key).GetProperty("k").EnumerateArray(), b => Assert.Equal(2, b.GetArrayLength()));
                    Assert.All(value.Blocks!, b => Assert.True(files.ContainsKey(ShardLayout.BlockPath(b.Id)), $"{term}/{key}: no file for block {b.Id}"));
                    if (value.Blocks!.Count == 1) single++; else several++;
                }
        Assert.True(inline > 0 && single > 0 && several > 0, $"inline {inline}, one block {single}, several {several}");
    }

    [Theory]
    [InlineData(12, 0)]
    [InlineData(60, 0)]
    [InlineData(400, 0)]
    [InlineData(400, 40)]
    public void Issues_added_one_after_another_export_in_part_exactly_as_a_whole_export(int blockChars, int inlineChars)
    {
        // Each addition appends to the postings the shards and last blocks hold: short lists grow into blocks, last blocks fill and split.
        using var dir = new TempDir();
        var all = site.Articles.Select(ArticleDocument.From).ToList();
        var exporter = new ExportIndex(blockChars, inlineChars: inlineChars == 0 ? null : inlineChars);
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        var shown = all.Count - 10;
        index.Update(all[..shown]);
        var state = exporter.Run(index, all[..shown]).State;
        Apply(dir.Combine("site"), exporter.Run(index, all[..shown]));

        var rounds = 0;
        for (var step = 1; shown < all.Count; step++, rounds++)
        {
            shown = Math.Min(all.Count, shown + step);
            var (part, whole) = ExportAgain(dir, exporter, index, state, all[..shown]);
            Assert.True(part.Partial);
            AssertSameFiles(whole, dir.Combine("site"));
            Assert.Equal(whole.State with { ContentKey = "" }, part.State with { ContentKey = "" }, StateComparer);
            state = part.State;
        }
        Assert.True(rounds >= 3, $"only {rounds} additions");
    }

    [Fact]
    public void Each_new_article_folds_only_the_groups_whose_recent_part_is_full_into_the_main_tier()
    {
        using var dir = new TempDir();
        var all = site.Articles.Select(ArticleDocument.From).ToList();
        // Small shards, so the tiers have many, in eight groups; a recent part of four articles per group, the groups'
        // boundaries staggered by half an article: each article added fills the recent part of two groups.
        var exporter = new ExportIndex(blockChars: 60, recentSpan: 4, shardBytes: 64);
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        var shown = (all.Count - 5) / 4 * 4;
        index.Update(all[..shown]);
        var first = exporter.Run(index, all[..shown]);
        Apply(dir.Combine("site"), first);
        var state = first.State;

        var foldedGroups = new List<int>();
        for (var added = 1; added <= 4; added++)
        {
            var (part, whole) = ExportAgain(dir, exporter, index, state, all[..(shown + added)]);

            var mainShards = part.Files.Where(f => !f.Unchanged && f.Path.StartsWith("search/t/", StringComparison.Ordinal))
                .Select(f => int.Parse(f.Path["search/t/".Length..^".js".Length], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var groups = mainShards.Select(i => i % 8).Distinct().Order().ToList();
            Assert.True(part.Partial);
            Assert.True(groups.Count is 1 or 2, $"article {added} rewrote main shards of groups {string.Join(",", groups)}");
            Assert.True(mainShards.Count < part.Files.Count(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)) / 3);
            Assert.Contains(part.Files, f => !f.Unchanged && f.Path.StartsWith("search/r/", StringComparison.Ordinal));
            AssertSameFiles(whole, dir.Combine("site"));
            Assert.Equal(whole.State with { ContentKey = "" }, part.State with { ContentKey = "" }, StateComparer);
            foldedGroups.AddRange(groups);
            state = part.State;
        }
        // Four articles later every group has folded once.
        Assert.Equal(Enumerable.Range(0, 8), foldedGroups.Order());
        var manifest = File.ReadAllText(dir.Combine("site", "search", "manifest.js"));
        Assert.Contains($"\"recent\":{{\"from\":[{string.Join(",", Enumerable.Range(0, 8).Select(g => g / 2 == 0 ? shown + 4 : shown + g / 2))}],", manifest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-1, 1)]
    [InlineData(-1, 2)]
    [InlineData(-6, 1)]
    [InlineData(-6, 2)]
    public void Corrections_in_either_tier_with_or_without_a_fold_export_in_part_exactly_as_a_whole_export(int correct, int add)
    {
        // Recent parts of four holding two articles or fewer (eight groups, staggered): -1 corrects one of them, -6 one in
        // the main tier; adding one or two folds some groups.
        using var dir = new TempDir();
        var all = site.Articles.Select(ArticleDocument.From).ToList();
        var exporter = new ExportIndex(blockChars: 60, recentSpan: 4, shardBytes: 64);
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        var shown = (all.Count - 6) / 4 * 4 - 2;
        index.Update(all[..shown]);
        var first = exporter.Run(index, all[..shown]);
        Apply(dir.Combine("site"), first);

        var at = shown + correct;
        var corrected = all[..(shown + add)].Select((d, i) => i == at ? d with { Body = d.Body.Replace("的", "之") + "\n更正：补充说明。" } : d).ToList();
        var (part, whole) = ExportAgain(dir, exporter, index, first.State, corrected);

        Assert.True(part.Partial);
        AssertSameFiles(whole, dir.Combine("site"));
        Assert.Equal(whole.State with { ContentKey = "" }, part.State with { ContentKey = "" }, StateComparer);
    }

    [Fact]
    public void An_article_inserted_before_others_or_removed_exports_whole_and_the_same()
    {
        using var dir = new TempDir();
        var all = site.Articles.Select(ArticleDocument.From).ToList();
        var (exporter, index, state) = ExportInto(dir, [.. all.Where((_, i) => i != 1)]);

        var (part, whole) = ExportAgain(dir, exporter, index, state, all[..^1]);

        Assert.False(part.Partial);
        AssertSameFiles(whole, dir.Combine("site"));
    }

    [Fact]
    public void An_export_state_is_read_back_as_saved_in_the_build_state_and_refused_when_damaged()
    {
        using var dir = new TempDir();
        var documents = site.Articles.Select(ArticleDocument.From).ToList();
        var (exporter, index, state) = ExportInto(dir, documents);
        var path = dir.Combine("build-state.txt");

        BuildStateFile.Save(path, BuildState.Empty with { FirstBuild = false, Export = state });
        var loaded = BuildStateFile.Load(path).Export;
        File.WriteAllText(path, File.ReadAllText(path)[..^20]);
        var cut = BuildStateFile.Load(path);

        Assert.Equal(state, loaded, StateComparer);
        Assert.Null(cut.Export);
        Assert.True(cut.FirstBuild);
        // With nothing changed, the export names the same files and makes none.
        index.Update(documents);
        var again = exporter.Run(index, documents, new ExportBasis(state, p => ReadOrNull(dir.Combine("site", p)), index.ReplacedVersions()));
        Assert.All(again.Files, f => Assert.True(f.Unchanged, f.Path));
        Assert.Equal(state.Paths, again.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    /// <summary>Tiny blocks, so that long postings are split and their blocks come and go.</summary>
    private static (ExportIndex, LuceneIndex, ExportState) ExportInto(TempDir dir, List<ArticleDocument> documents)
    {
        var exporter = new ExportIndex(blockChars: 60);
        var index = new LuceneIndex(dir.Combine("index"), SimplifiedMap.Empty);
        index.Update(documents);
        var first = exporter.Run(index, documents);
        Assert.Contains(first.Files, f => f.Path.StartsWith("search/x/", StringComparison.Ordinal));
        Apply(dir.Combine("site"), first);
        return (exporter, index, first.State);
    }

    /// <summary>Brings the index to these articles and exports it onto the site in part; and exports a fresh index of them whole.</summary>
    private static (ExportResult Part, ExportResult Whole) ExportAgain(TempDir dir, ExportIndex exporter, LuceneIndex index, ExportState state, List<ArticleDocument> documents)
    {
        index.Update(documents);
        var part = exporter.Run(index, documents, new ExportBasis(state, p => ReadOrNull(dir.Combine("site", p)), index.ReplacedVersions()));
        Apply(dir.Combine("site"), part);
        var clean = new LuceneIndex(dir.Combine("clean"), SimplifiedMap.Empty);
        clean.Update(documents);
        return (part, exporter.Run(clean, documents));
    }

    /// <summary>What the build's writer does: writes what was made, keeps what was kept, deletes the rest.</summary>
    private static void Apply(string site, ExportResult result)
    {
        var paths = result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(site))
            foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
                if (!paths.Contains(Path.GetRelativePath(site, file).Replace('\\', '/')))
                    File.Delete(file);
        foreach (var f in result.Files.Where(f => !f.Unchanged))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, f.Path))!);
            File.WriteAllBytes(Path.Combine(site, f.Path), f.Content);
        }
    }

    private static void AssertSameFiles(ExportResult whole, string site)
    {
        var onDisk = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(whole.Files.Select(f => f.Path).Order(StringComparer.Ordinal), onDisk);
        foreach (var f in whole.Files)
            Assert.True(f.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site, f.Path))), $"{f.Path} differs from a whole export");
    }

    private static byte[]? ReadOrNull(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;

    private static readonly IEqualityComparer<ExportState?> StateComparer = EqualityComparer<ExportState?>.Create((a, b) =>
        a is not null && b is not null && a.Version == b.Version && a.ContentKey == b.ContentKey && a.Shards == b.Shards
        && a.Tokens.OrderBy(kv => kv.Key).SequenceEqual(b.Tokens.OrderBy(kv => kv.Key)) && a.Documents.SequenceEqual(b.Documents) && a.Paths.SequenceEqual(b.Paths));

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
