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
        first.Put("a", new Entry("甲", 1));
        first.Put("b", new Entry("乙", 2));
        first.Save();

        var second = ContentCache<Entry>.Load(path);
        Assert.True(second.TryGet("a", out var a));
        Assert.Equal(new Entry("甲", 1), a);
        Assert.False(second.TryGet("c", out _));
        second.Save();

        var third = ContentCache<Entry>.Load(path);
        Assert.True(third.TryGet("a", out _));
        Assert.False(third.TryGet("b", out _));
        Assert.Equal((1, 1), (third.Hits, third.Misses));
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
    public void A_save_keeps_the_lines_used_adds_and_replaces_the_ones_made_and_drops_the_rest_in_key_order()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        var first = ContentCache<Entry>.Load(path);
        foreach (var k in new[] { "b", "d", "f", "h" })
            first.Put(k, new Entry(k, 1));
        first.Save();

        var second = ContentCache<Entry>.Load(path);
        Assert.True(second.TryGet("b", out _));
        Assert.True(second.TryGet("f", out _));
        Assert.True(second.TryGet("h", out _));
        second.Put("a", new Entry("a", 2)); // before every line
        second.Put("e", new Entry("e", 2)); // between two
        second.Put("f", new Entry("f", 2)); // replaces one
        second.Put("z", new Entry("z", 2)); // after every line
        second.Save();

        var lines = File.ReadAllLines(path);
        Assert.Equal(["a", "b", "e", "f", "h", "z"], lines.Select(l => l[..l.IndexOf('\t')]));
        var third = ContentCache<Entry>.Load(path);
        Assert.Equal([2, 1, 2, 2, 1, 2], new[] { "a", "b", "e", "f", "h", "z" }.Select(k => third.TryGet(k, out var e) ? e.Number : -1));
        Assert.False(third.TryGet("d", out _));
    }

    [Fact]
    public void A_file_out_of_key_order_is_written_whole_and_sorted()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache.jsonl");
        File.WriteAllText(path, "c\t{\"Text\":\"丙\",\"Number\":3}\na\t{\"Text\":\"甲\",\"Number\":1}\n");
        var cache = ContentCache<Entry>.Load(path);
        Assert.True(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("c", out _));
        cache.Put("b", new Entry("乙", 2));
        cache.Save();
        Assert.Equal(["a", "b", "c"], File.ReadAllLines(path).Select(l => l[..l.IndexOf('\t')]));
    }
}
