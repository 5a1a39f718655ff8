namespace NewsArchive.Rendering.Views;

/// <summary>An article in a paper's Atom feed.</summary>
public sealed record FeedEntryView(string Id, string Url, string Title, string? Summary, string Updated, IReadOnlyList<string> Authors);
