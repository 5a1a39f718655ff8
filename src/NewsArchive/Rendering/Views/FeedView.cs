namespace NewsArchive.Rendering.Views;

/// <summary>A paper's Atom feed: its latest articles, newest issue first. Links are absolute when the build has a base URL.</summary>
public sealed record FeedView(PaperView Paper, string Id, string SelfUrl, string HomeUrl, string Updated, IReadOnlyList<FeedEntryView> Entries);
