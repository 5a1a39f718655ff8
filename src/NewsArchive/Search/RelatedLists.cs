namespace NewsArchive.Search;

/// <summary>Each article's related articles (ids, best first), under the key of everything they were found from (<see cref="RelateArticles.KeyFor"/>).</summary>
public sealed record RelatedLists(string Key, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists);
