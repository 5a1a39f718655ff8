namespace NewsArchive.Rendering.Views;

/// <summary>Everything the article page shows. Flat, string-typed fields so templates need no date or enum logic.</summary>
public sealed record ArticleView
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required PaperView Paper { get; init; }
    public required string Date { get; init; }
    public required string DateZh { get; init; }
    public required string DateEn { get; init; }
    public required int Page { get; init; }
    public string? PageName { get; init; }
    public required int Position { get; init; }
    public required string PageUrl { get; init; }
    public required string IssueUrl { get; init; }
    public required string Kind { get; init; }
    public string KindKey => "kind_" + Kind;
    public string? Kicker { get; init; }
    public string? Title { get; init; }
    public required string DisplayTitle { get; init; }
    public string? Subtitle { get; init; }
    public string? Dateline { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<TagView> Reporters { get; init; } = [];
    public IReadOnlyList<TagView> Photographers { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public IReadOnlyList<ContinuationView> Continuations { get; init; } = [];
    public string? SummaryZh { get; init; }
    public IReadOnlyList<TagView> Keywords { get; init; } = [];
    public string? TitleEn { get; init; }
    public string? SummaryEn { get; init; }

    /// <summary>none, librarian, service or gloss: where the English came from.</summary>
    public required string EnglishSource { get; init; }
    public string EnglishSourceKey => "english_" + EnglishSource;

    /// <summary>The service and model, the gloss version, or the librarian's sidecar file.</summary>
    public string? EnglishOrigin { get; init; }
    public bool HasEnglish => TitleEn is not null || SummaryEn is not null;
    public ArticleLinkView? Previous { get; init; }
    public ArticleLinkView? Next { get; init; }

    /// <summary>Articles the search index finds most alike, best first.</summary>
    public IReadOnlyList<ArticleLinkView> Related { get; init; } = [];

    /// <summary>
    /// How to cite the article in Chinese; with the permalink when the build has a base URL. The English citation is made
    /// by site.js from the page's JSON-LD (<see cref="Citation.En"/> is its form): the page carries its text once.
    /// </summary>
    public required string CitationZh { get; init; }

    /// <summary>Where the article sat on its printed page (a thumbnail with its boxes marked); null when the page has no image.</summary>
    public PagePlaceView? Place { get; init; }
}
