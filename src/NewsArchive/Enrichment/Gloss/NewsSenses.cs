using System.Text.Json;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// The sense news means for common words whose first CC-CEDICT sense is another (项目 project, not item), from the
/// embedded table news-senses.json. Data, not code: a better word is a line in the table.
/// </summary>
public static class NewsSenses
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyDictionary<string, string> All { get; } = Load();

    /// <summary>The first 8 hex digits of the SHA-256 of the gloss's embedded tables: part of the gloss version.</summary>
    public static string TablesHash { get; } = HashTables();

    private static string HashTables()
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var name in new[] { "news-senses.json", "headline-patterns.json" })
        {
            using var stream = typeof(NewsSenses).Assembly.GetManifestResourceStream($"NewsArchive.Gloss.{name}")!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            sha.AppendData(copy.ToArray());
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
    }

    /// <summary>An embedded table of the gloss (news-senses.json, headline-patterns.json), comments allowed.</summary>
    internal static JsonDocument Resource(string name)
    {
        using var stream = typeof(NewsSenses).Assembly.GetManifestResourceStream($"NewsArchive.Gloss.{name}")
            ?? throw new InvalidOperationException($"embedded gloss table {name} missing");
        return JsonDocument.Parse(stream, Options);
    }

    private static Dictionary<string, string> Load()
    {
        using var doc = Resource("news-senses.json");
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
    }
}
