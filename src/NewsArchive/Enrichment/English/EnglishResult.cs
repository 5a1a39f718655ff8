using NewsArchive.Model;

namespace NewsArchive.Enrichment.English;

/// <summary>An article's English and where it came from (never a key or a URL: Origin is shown on the page).</summary>
public sealed record EnglishResult(EnglishText Text, EnglishSource Source, string Origin);
