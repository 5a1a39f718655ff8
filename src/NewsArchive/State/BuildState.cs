using NewsArchive.Model;
using NewsArchive.Search;

namespace NewsArchive.State;

/// <summary>
/// What the last successful build made its site from, as far as the next build needs it to redo only what changed:
/// each article's key (its content and enrichment inputs), the related lists and what they were found from, and the
/// search export (each document in the browser's order and every search file's path). Loaded once before the stages
/// run (<see cref="BuildStateFile.Load"/>), read by them, and saved once, whole, after the site is committed.
/// </summary>
/// <param name="Articles">Each article's enrichment key by id; empty on a first build.</param>
/// <param name="Related">The related lists and their key; null when none were kept.</param>
/// <param name="Export">The last search export; null when none was kept.</param>
public sealed record BuildState(IReadOnlyDictionary<string, string> Articles, RelatedLists? Related, ExportState? Export)
{
    /// <summary>No earlier build: every article is new, every list is found, the search files are exported whole.</summary>
    public static BuildState Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), null, null) { FirstBuild = true };

    /// <summary>No build saved a state (a first build, or one after a clean build or with a damaged state file).</summary>
    public bool FirstBuild { get; init; }

    /// <summary>
    /// The one answer to "what changed since the last build": articles added, changed (another key) and removed,
    /// against <paramref name="current"/>, each article's key in this build. Ids sorted.
    /// </summary>
    public ArchiveChanges ChangesTo(IReadOnlyDictionary<string, string> current)
    {
        if (FirstBuild)
            return new ArchiveChanges { FirstBuild = true, Added = [.. current.Keys.Order(StringComparer.Ordinal)] };
        return new ArchiveChanges
        {
            FirstBuild = false,
            Added = [.. current.Keys.Where(id => !Articles.ContainsKey(id)).Order(StringComparer.Ordinal)],
            Changed = [.. current.Where(kv => Articles.TryGetValue(kv.Key, out var old) && old != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal)],
            Removed = [.. Articles.Keys.Where(id => !current.ContainsKey(id)).Order(StringComparer.Ordinal)],
        };
    }
}
