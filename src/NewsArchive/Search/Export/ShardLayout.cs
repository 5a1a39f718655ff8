using System.Globalization;
using System.Numerics;

namespace NewsArchive.Search;

/// <summary>
/// One part of the exported index, with term shards and block files of its own: the main tier holds the older
/// documents, the recent tier the newest (a few hundred at most). A new issue's terms fall into nearly every shard,
/// so it rewrites the recent tier's few hundred small shards instead of the main tier's thousand.
/// <para>
/// Terms come in groups (a term's hash modulo <see cref="Groups"/>; a shard of either tier holds one group's terms),
/// and each group has its own boundary between the tiers: <see cref="Lo"/> and <see cref="Hi"/> by group. The
/// boundaries are staggered, so when the articles added fill a group's part of the recent tier, that group alone is
/// folded into the main tier: an eighth of the main tier's shards rewritten, issue after issue, instead of all of
/// them every eighth issue. Where the tiers part depends on the document count alone, so every build of the same
/// archive gives the same files. A slice (<see cref="Group"/> set) is one group's part of a tier.
/// </para>
/// </summary>
internal sealed record Tier(string Shard, char Block, int Shards, int[] Lo, int[] Hi, int? Group = null)
{
    public int Groups => Lo.Length;

    public int GroupOf(string term) => ShardLayout.Shard(term, Groups);

    public bool HoldsShard(int shard) => Group is null || shard % Groups == Group;

    public bool HoldsTerm(string term) => Group is null || GroupOf(term) == Group;

    public Tier Slice(int group) => this with { Group = group };

    /// <summary>A slice's documents: from its group's <see cref="Lo"/> to its <see cref="Hi"/>.</summary>
    public (int Lo, int Hi) Range => (Lo[Group!.Value], Hi[Group.Value]);

    /// <summary>The documents any of its terms may have: a slice's range, or a whole tier's from its lowest to its highest bound.</summary>
    public (int Lo, int Hi) Span => Group is null ? (Lo.Min(), Hi.Max()) : Range;

    public string ShardPath(int shard) => $"{ExportIndex.Folder}/{Shard}/{shard.ToString(CultureInfo.InvariantCulture)}.js";
}

/// <summary>
/// Where each term's postings live in the site: how many shards, which shard and tier a term hashes to, and what the
/// block files of a long list are called. search.js hashes a term and finds its shards the same way.
/// </summary>
internal static class ShardLayout
{
    /// <summary>
    /// Sized from the live documents' text (Lucene's token counts still hold replaced documents until a merge):
    /// across the fields a character yields about 1.7 tokens, each about three bytes in a shard. A power of two,
    /// so the count, and every term's shard, stays put while the archive grows by less than half.
    /// </summary>
    public static int ShardCount(long totalChars, int shardBytes) =>
        (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, totalChars * 5 / shardBytes * 3 / 4)), 1, 65536);

    /// <summary>
    /// The recent tier has a quarter of the main tier's shards, at most <see cref="ExportIndex.RecentShardsMost"/>, in up to
    /// <see cref="ExportIndex.RecentGroupsMost"/> groups; each group holds fewer articles than the tier has shards, from a boundary
    /// that moves by that many at a time, the groups' boundaries evenly staggered. Its posting lists are short, so they
    /// sit in its shards rather than in block files: each recent article adds about 1.9 KB to them, and every query term
    /// loads one recent shard besides its main one.
    /// </summary>
    public static (Tier Main, Tier Recent) Tiers(int count, int shardCount, int? recentSpan)
    {
        var recentShards = Math.Clamp(shardCount / 4, 1, ExportIndex.RecentShardsMost);
        var groups = Math.Min(ExportIndex.RecentGroupsMost, recentShards);
        var span = recentSpan ?? recentShards;
        var from = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            var offset = g * span / groups;
            from[g] = count < offset ? 0 : (count - offset) / span * span + offset;
        }
        return (new Tier("t", 'x', shardCount, new int[groups], from), new Tier("r", 'y', recentShards, from, [.. from.Select(_ => count)]));
    }

    public static int Shard(string term, int shardCount) => (int)(Hash(term) % (uint)shardCount);

    /// <summary>FNV-1a over UTF-16 code units; search.js computes the same.</summary>
    public static uint Hash(string term)
    {
        var h = 2166136261u;
        foreach (var c in term) { h ^= c; h *= 16777619u; }
        return h;
    }

    /// <summary>A long posting list's block files are named by its field and term, so they keep their names while other terms come and go.</summary>
    public static string BlockName(string key, string term)
    {
        var h = 14695981039346656037ul;
        foreach (var c in key + "\0" + term) { h ^= c; h *= 1099511628211ul; }
        return h.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>A block's file: its id's first letter names its tier's folder.</summary>
    public static string BlockPath(string id) => $"{ExportIndex.Folder}/{id[0]}/{id[1..]}.js";
}
