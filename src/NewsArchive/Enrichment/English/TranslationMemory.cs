using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// Service translations kept under input/.translation-memory/, so a rebuild is offline, free and deterministic.
/// Keyed by SHA-256 of <see cref="EnglishRequest.SourceText"/> and the origin ("service:MODEL"): changed Chinese gets
/// a new key and is translated again; unchanged Chinese never is. 256 shards (by the key's first two hex digits) of
/// indented JSON with sorted keys, so a commit of new translations is a small, readable diff.
/// <para>
/// Only service results are kept. A librarian's English already lives under input/ in its sidecar, and the gloss is
/// recomputed in milliseconds from the dictionary; keeping either would only let stale text outlive its source.
/// </para>
/// Thread-safe: results are written one by one as they arrive, so an interrupted run keeps what it got.
/// </summary>
public sealed class TranslationMemory
{
    public const string FolderName = ".translation-memory";

    private readonly string _directory;
    private readonly string _relativeDirectory;
    private readonly BuildReport _report;
    private readonly Dictionary<string, Shard> _shards = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public TranslationMemory(string inputDirectory, BuildReport report)
    {
        _directory = Path.Combine(inputDirectory, FolderName);
        _relativeDirectory = FolderName;
        _report = report;
    }

    public static string Hash(EnglishRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.SourceText)));

    /// <summary>The English remembered for this text from this origin.</summary>
    public EnglishText? Find(EnglishRequest request, string origin)
    {
        var hash = Hash(request);
        lock (_lock)
            return ShardOf(hash).Entries.GetValueOrDefault(hash)?.GetValueOrDefault(origin) is { } e ? new EnglishText(e.Title, e.Summary) : null;
    }

    /// <summary>
    /// Any service's English for this text, for a build with no service configured (CI without the key):
    /// the preferred origin if present, else the first in ordinal order, so the choice never depends on timing.
    /// </summary>
    public (EnglishText Text, string Origin)? FindAny(EnglishRequest request, string? preferred)
    {
        var hash = Hash(request);
        lock (_lock)
        {
            if (ShardOf(hash).Entries.GetValueOrDefault(hash) is not { Count: > 0 } byOrigin)
                return null;
            var origin = preferred is not null && byOrigin.ContainsKey(preferred) ? preferred : byOrigin.Keys.First();
            var e = byOrigin[origin];
            return (new EnglishText(e.Title, e.Summary), origin);
        }
    }

    /// <summary>Remembers a result and writes its shard at once (atomically: a temp file renamed over the old one).</summary>
    public void Put(EnglishRequest request, string origin, EnglishText text)
    {
        var hash = Hash(request);
        lock (_lock)
        {
            var shard = ShardOf(hash);
            if (shard.Unreadable)
                return; // reported when read; writing would destroy what the librarian must repair
            if (!shard.Entries.TryGetValue(hash, out var byOrigin))
                shard.Entries[hash] = byOrigin = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
            byOrigin[origin] = new Entry(SourceZh: request.SourceText, Summary: text.Summary, Title: text.Title);
            Storage.AtomicFile.WriteText(shard.Path, JsonSerializer.Serialize(shard.Entries, Json).ReplaceLineEndings("\n") + "\n");
        }
    }

    private Shard ShardOf(string hash)
    {
        var name = hash[..2];
        if (_shards.TryGetValue(name, out var shard))
            return shard;
        shard = new Shard(Path.Combine(_directory, name + ".json"));
        if (File.Exists(shard.Path))
        {
            try
            {
                var (text, unread) = Ingest.InputFiles.ReadText(shard.Path, Path.GetDirectoryName(_directory)!, Ingest.InputFiles.MaxMemoryShardBytes);
                if (text is null)
                {
                    shard.Unreadable = true;
                    _report.Error(EnrichArticles.StageName, $"{_relativeDirectory}/{name}.json", $"translation memory: {unread}; its translations are not used and it is not written");
                    _shards[name] = shard;
                    return shard;
                }
                var loaded = JsonSerializer.Deserialize<SortedDictionary<string, SortedDictionary<string, Entry>>>(text, Json);
                // Hand-edited entries without a title or summary are skipped, not trusted; a later answer replaces them.
                foreach (var (key, value) in loaded ?? [])
                    if (value?.Where(e => e.Value is { Title: not null, Summary: not null, SourceZh: not null }).ToList() is { Count: > 0 } usable)
                        shard.Entries[key] = new SortedDictionary<string, Entry>(usable.ToDictionary(), StringComparer.Ordinal);
            }
            catch (JsonException e)
            {
                shard.Unreadable = true;
                var line = (int?)e.LineNumber + 1;
                _report.Error(EnrichArticles.StageName, $"{_relativeDirectory}/{name}.json",
                    $"translation memory is not valid JSON at line {line}, column {e.BytePositionInLine + 1} (a merge conflict?); its translations are not used and it is not written until repaired", line);
            }
        }
        _shards[name] = shard;
        return shard;
    }

    private sealed class Shard(string path)
    {
        public string Path { get; } = path;
        public SortedDictionary<string, SortedDictionary<string, Entry>> Entries { get; } = new(StringComparer.Ordinal);
        public bool Unreadable { get; set; }
    }

    /// <summary>One remembered result; the Chinese is kept beside it so a reviewer can read the pair.</summary>
    private sealed record Entry(
        [property: JsonPropertyName("source_zh")] string SourceZh,
        [property: JsonPropertyName("summary")] string Summary,
        [property: JsonPropertyName("title")] string Title);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
