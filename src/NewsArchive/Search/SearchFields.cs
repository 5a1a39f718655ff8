namespace NewsArchive.Search;

/// <summary>Names of the index's fields, and the weights the CLI and the browser both give them.</summary>
public static class SearchFields
{
    /// <summary>Changes whenever analysis or fields change: an index of another version is rebuilt.</summary>
    public const string IndexVersion = "newsarchive-search-6";

    public const string Id = "id";
    public const string Hash = "hash";
    public const string SortKey = "sortkey";
    public const string Day = "day";

    public const string TitleBigrams = "title_bi";
    public const string BodyBigrams = "body_bi";
    public const string Unigrams = "zh_uni";
    public const string TitleWords = "title_words";
    public const string BodyWords = "body_words";
    public const string TitleEnglish = "en_title";
    public const string BodyEnglish = "en_body";

    public const string Kind = "kind";
    public const string Paper = "paper";
    public const string Reporter = "reporter";

    public const string Url = "url";
    public const string Title = "title";
    public const string Date = "date";
    public const string Page = "page";
    public const string PaperName = "paper_name";
    public const string Keyword = "keyword";
    public const string TitleEn = "title_en";
    public const string SummaryEn = "summary_en";
    public const string Text = "text";

    /// <summary>A match in the title counts twice a match in the body.</summary>
    public const float TitleBoost = 2f;

    /// <summary>Lucene's BM25 defaults, stated so the browser's copy cannot drift.</summary>
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    /// <summary>The fields the browser gets, with their one-letter names in the shards.</summary>
    public static readonly IReadOnlyList<(string Field, string Key, bool Positions, float Boost)> Exported =
    [
        (TitleBigrams, "t", true, TitleBoost),
        (BodyBigrams, "b", true, 1f),
        (Unigrams, "u", false, 1f),
        (TitleEnglish, "e", true, TitleBoost),
        (BodyEnglish, "s", true, 1f),
    ];
}
