namespace NewsArchive.Rendering.Views;

/// <summary>An article as lists show it: enough to recognise it without opening it.</summary>
public sealed record ArticleLinkView
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    public string? Kicker { get; init; }
    public required string Kind { get; init; }

    /// <summary>The label key of the kind ("kind_news"), so templates can look its name up in both languages.</summary>
    public string KindKey => "kind_" + Kind;
    public required int Page { get; init; }
    public required int Position { get; init; }
    public required string Date { get; init; }
    public required string DateZh { get; init; }
    public required string DateEn { get; init; }
    public required string PaperZh { get; init; }
    public required string PaperEn { get; init; }

    /// <summary>Reporters and photographers, joined the Chinese way.</summary>
    public string? Byline { get; init; }
    public string? SummaryZh { get; init; }
}
