namespace NewsArchive.Enrichment.English;

/// <summary>How one article's request went: the English, or why not (already redacted).</summary>
internal sealed record ServiceOutcome(EnglishText? Text, string? Problem, int Attempts, bool Fatal = false)
{
    public static ServiceOutcome Success(EnglishText text, int attempts) => new(text, null, attempts);
    public static ServiceOutcome Failure(string problem, int attempts, bool fatal = false) => new(null, problem, attempts, fatal);
}
