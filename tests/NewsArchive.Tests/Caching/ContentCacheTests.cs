using NewsArchive.Caching;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Caching;

/// <summary>The store every incremental cache keeps between builds: what one build puts, the next gets back, once.</summary>
public sealed class ContentCacheTests
{
    private sealed record Entry(string Text, long Number);

    [Fact]
    public void What_a_build_used_comes_back_to_the_next_and_what_it_did_not_is_dropped()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        var first = ContentCache<Entry>.Load(path);
        for (var i = 0; i < 200; i++)
            first.Put("k" + i, new Entry("条目" + i, i));
        first.Save();

        // Half the archive gone: more than a quarter of the file would be dead lines, so it is written again.
        var second = ContentCache<Entry>.Load(path);
        for (var i = 0; i < 100; i++)
            Assert.True(second.TryGet("k" + i, out _));
        Assert.False(second.TryGet("c", out _));
        second.Save();

        var third = ContentCache<Entry>.Load(path);
        Assert.True(third.TryGet("k0", out var k0));
        Assert.Equal(new Entry("条目0", 0), k0);
        Assert.False(third.TryGet("k150", out _));
        Assert.Equal((1, 1), (third.Hits, third.Misses));
        Assert.Equal(100, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Threads_asking_for_the_same_entries_at_once_get_one_object_each_and_count_one_hit()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        var writer = ContentCache<Entry>.Load(path);
        for (var i = 0; i < 200; i++)
            writer.Put("k" + i, new Entry("条目" + i, i));
        writer.Save();

        var cache = ContentCache<Entry>.Load(path);
        var seen = new Entry[8][];
        Parallel.For(0, seen.Length, t =>
        {
            seen[t] = new Entry[200];
            for (var i = 0; i < 200; i++)
            {
                Assert.True(cache.TryGet("k" + i, out var e));
                seen[t][i] = e;
            }
        });
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(new Entry("条目" + i, i), seen[0][i]);
            Assert.All(seen, s => Assert.Same(seen[0][i], s[i]));
        }
        Assert.Equal(200, cache.Hits);
    }

    [Fact]
    public void A_corrupt_line_is_a_miss_and_the_value_put_instead_is_kept()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        File.WriteAllText(path, "a\t{not json\nb\t{\"Text\":\"乙\",\"Number\":2}\n");
        var cache = ContentCache<Entry>.Load(path);
        Assert.False(cache.TryGet("a", out _));
        Assert.Equal("乙", cache.GetOrAdd("b", () => throw new InvalidOperationException("b was cached")).Text);
        Assert.Equal("甲", cache.GetOrAdd("a", () => new Entry("甲", 1)).Text);
        cache.Save();
        var next = ContentCache<Entry>.Load(path);
        Assert.True(next.TryGet("a", out var a));
        Assert.Equal("甲", a.Text);
    }

    [Fact]
    public void A_build_that_made_a_few_entries_appends_them_and_the_later_line_wins()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        var first = ContentCache<Entry>.Load(path);
        foreach (var k in new[] { "b", "d", "f", "h" })
            first.Put(k, new Entry(k, 1));
        first.Save();
        var before = File.ReadAllText(path);

        var second = ContentCache<Entry>.Load(path);
        foreach (var k in new[] { "b", "d", "f", "h" })
            Assert.True(second.TryGet(k, out _));
        second.Put("a", new Entry("a", 2));
        second.Put("f", new Entry("f", 2)); // replaces one
        second.Save();

        Assert.StartsWith(before, File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(6, File.ReadAllLines(path).Length);
        var third = ContentCache<Entry>.Load(path);
        Assert.Equal([2, 1, 1, 2, 1], new[] { "a", "b", "d", "f", "h" }.Select(k => third.TryGet(k, out var e) ? e.Number : -1));
    }

    [Fact]
    public void A_last_line_cut_short_by_a_killed_build_loses_only_its_own_entry()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        File.WriteAllText(path, "a\t{\"Text\":\"甲\",\"Number\":1}\nb\t{\"Text\":\"乙\",\"Num");
        var cache = ContentCache<Entry>.Load(path);
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        cache.Put("c", new Entry("丙", 3));
        cache.Save();

        var next = ContentCache<Entry>.Load(path);
        Assert.True(next.TryGet("a", out var a));
        Assert.Equal(1, a.Number);
        Assert.True(next.TryGet("c", out var c));
        Assert.Equal("丙", c.Text);
        Assert.False(next.TryGet("b", out _));
    }
}
