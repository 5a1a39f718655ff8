namespace NewsArchive.Enrichment;

/// <summary>The Chinese text an English rendering is made from: one article's display fields and its summary.</summary>
public sealed record EnglishRequest(string ArticleId, string? KickerZh, string? TitleZh, string? SubtitleZh, string SummaryZh)
{
    /// <summary>The text a translation memory keys on: every field that changes the English.</summary>
    public string SourceText => string.Join("\n", KickerZh ?? "", TitleZh ?? "", SubtitleZh ?? "", SummaryZh);
}

/// <summary>An English title and summary.</summary>
public sealed record EnglishText(string Title, string Summary);

/// <summary>The offline dictionary rendering (CC-CEDICT); always available, never fails.</summary>
public interface IGloss
{
    /// <summary>Changes whenever the rendering rules or dictionary change, so memories keyed on it are refreshed.</summary>
    string Version { get; }

    EnglishText Render(EnglishRequest request);
}
