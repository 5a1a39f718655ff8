namespace NewsArchive.Model;

/// <summary>
/// Which articles differ from the last successful build of the same input (by content or enrichment), for stages
/// that can update their output in place (the search index). Ids are sorted. On a first or clean build every
/// article is <see cref="Added"/> and <see cref="FirstBuild"/> is true.
/// </summary>
public sealed record ArchiveChanges
{
    public required bool FirstBuild { get; init; }
    public IReadOnlyList<string> Added { get; init; } = [];
    public IReadOnlyList<string> Changed { get; init; } = [];
    public IReadOnlyList<string> Removed { get; init; } = [];

    public bool None => !FirstBuild && Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
}
