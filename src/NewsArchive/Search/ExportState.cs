namespace NewsArchive.Search;

/// <summary>
/// What the last export wrote, enough for the next one to redo only what changed: the exporter's version, the index's
/// content key, the number of term shards, each field's token total, the documents in browser order (sort key, id,
/// content hash) and every file's site path.
/// </summary>
public sealed record ExportState(
    string Version,
    string ContentKey,
    int Shards,
    IReadOnlyDictionary<string, long> Tokens,
    IReadOnlyList<ExportedDocument> Documents,
    IReadOnlyList<string> Paths);

/// <summary>One document as the browser numbers it: its place is its index in <see cref="ExportState.Documents"/>.</summary>
public sealed record ExportedDocument(string SortKey, string Id, string Hash);
