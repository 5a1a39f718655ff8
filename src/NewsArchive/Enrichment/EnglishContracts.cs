namespace NewsArchive.Enrichment;

/// <summary>The Chinese text an English rendering is made from: one article's display fields and its summary.</summary>
/// <param name="ContextZh">
/// The article's own text, read only to know the names it uses: a title says 青石 or 王正源 bare where the body
/// introduces 青石县 or 记者王正源. Not part of <see cref="SourceText"/>: it changes no service's answer.
/// </param>
public sealed record EnglishRequest(string ArticleId, string? KickerZh, string? TitleZh, string? SubtitleZh, string SummaryZh, string? ContextZh = null)
{
    /// <summary>The text of an article's paragraphs (or captions, for a photo) as the name context of its English.</summary>
    public static string ContextOf(Model.SegmentedItem item) => string.Join("\n", item.Paragraphs.Count > 0 ? item.Paragraphs : item.Captions);

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
