using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using NewsArchive.Model;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Search;

/// <summary>The searchable text of an article, and the Lucene document made from it.</summary>
public sealed record ArticleDocument
{
    public required string Id { get; init; }
    public required string SortKey { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string Date { get; init; }
    public required int Page { get; init; }
    public required string Kind { get; init; }
    public required string Paper { get; init; }
    public required string PaperName { get; init; }
    public IReadOnlyList<string> Reporters { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? TitleEn { get; init; }
    public string? SummaryEn { get; init; }

    /// <summary>English text for the English fields: the summary and the keywords that are not Chinese.</summary>
    public string EnglishBody => string.Join("\n", new[] { SummaryEn ?? "" }.Concat(Keywords.Where(k => !k.Any(BigramTokens.IsHan))));

    public static ArticleDocument From(Article a)
    {
        var item = a.Item;
        var body = new List<string>();
        if (item.Kicker is not null) body.Add(item.Kicker);
        if (item.Subtitle is not null) body.Add(item.Subtitle);
        body.AddRange(item.Paragraphs);
        body.AddRange(item.Captions);
        if (item.Byline is not null) body.Add(item.Byline);
        return new ArticleDocument
        {
            Id = a.Id,
            // The id last: two pages of one paper, date and number (a page given twice) still sort the same on every run.
            SortKey = string.Create(CultureInfo.InvariantCulture, $"{a.Date:yyyyMMdd}|{a.Paper.Slug}|{a.PageNumber:000}|{a.Position:000}|{a.Id}"),
            Url = a.Url,
            Title = item.Title ?? a.DisplayTitle,
            Body = string.Join("\n", body),
            Date = NewsArchive.Rendering.DateText.Iso(a.Date),
            Page = a.PageNumber,
            Kind = item.Kind.ToString().ToLowerInvariant(),
            Paper = a.Paper.Slug,
            PaperName = a.Paper.NameZh,
            Reporters = [.. item.Reporters.Concat(item.Photographers).Distinct(StringComparer.Ordinal)],
            Keywords = a.Enrichment?.Keywords ?? [],
            TitleEn = NullIfBlank(a.Enrichment?.TitleEn),
            SummaryEn = NullIfBlank(a.Enrichment?.SummaryEn),
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>Changes when anything indexed changes, so an incremental build re-indexes exactly those articles.</summary>
    /// <summary>
    /// Tells a changed article from an unchanged one: every build hashes every article, so the fields' characters are
    /// hashed as they are (XxHash128), not joined, encoded and put through SHA-256 (a sixth of the index stage).
    /// </summary>
    public string Hash()
    {
        var hash = new System.IO.Hashing.XxHash128();
        void Add(string? field)
        {
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes((field ?? "\u0000").AsSpan()));
            hash.Append("\u001f"u8);
        }
        foreach (var field in (string?[])[SearchFields.IndexVersion, Id, SortKey, Url, Title, Body, Date, Kind, Paper, PaperName, TitleEn, SummaryEn])
            Add(field);
        Add(Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var list in (IReadOnlyList<string>[])[Reporters, Keywords])
        {
            foreach (var item in list)
                Add(item);
            hash.Append("\u001e"u8);
        }
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    public Document ToLucene(SimplifiedMap map)
    {
        var day = int.Parse(Date.Replace("-", ""), System.Globalization.CultureInfo.InvariantCulture);
        var doc = new Document
        {
            new StringField(SearchFields.Id, Id, Field.Store.YES),
            new StringField(SearchFields.Hash, Hash(), Field.Store.YES),
            new StringField(SearchFields.SortKey, SortKey, Field.Store.YES),
            new SortedDocValuesField(SearchFields.SortKey, new Lucene.Net.Util.BytesRef(SortKey)),
            new Int32Field(SearchFields.Day, day, Field.Store.NO),
            new TextField(SearchFields.TitleBigrams, IndexedText(SearchFields.TitleBigrams), Field.Store.NO),
            new TextField(SearchFields.BodyBigrams, IndexedText(SearchFields.BodyBigrams), Field.Store.NO),
            new Field(SearchFields.Unigrams, IndexedText(SearchFields.Unigrams), UnigramType),
            new TextField(SearchFields.TitleWords, map.Fold(Title), Field.Store.NO),
            new TextField(SearchFields.BodyWords, map.Fold(Body), Field.Store.NO),
            new TextField(SearchFields.TitleEnglish, IndexedText(SearchFields.TitleEnglish), Field.Store.NO),
            new TextField(SearchFields.BodyEnglish, IndexedText(SearchFields.BodyEnglish), Field.Store.NO),
            new StringField(SearchFields.Kind, Kind, Field.Store.YES),
            new StringField(SearchFields.Paper, Paper, Field.Store.YES),
            new StoredField(SearchFields.Url, Url),
            new StoredField(SearchFields.Title, Title),
            new StoredField(SearchFields.Date, Date),
            new StoredField(SearchFields.Page, Page),
            new StoredField(SearchFields.PaperName, PaperName),
            new StoredField(SearchFields.Text, Body),
        };
        foreach (var r in Reporters) doc.Add(new StringField(SearchFields.Reporter, r, Field.Store.YES));
        foreach (var k in Keywords) doc.Add(new StoredField(SearchFields.Keyword, k));
        if (TitleEn is not null) doc.Add(new StoredField(SearchFields.TitleEn, TitleEn));
        if (SummaryEn is not null) doc.Add(new StoredField(SearchFields.SummaryEn, SummaryEn));
        return doc;
    }

    /// <summary>
    /// The text Lucene analyzes for one of the fields the browser gets: the export analyzes it again to learn which
    /// terms an added or changed article touches.
    /// </summary>
    public string IndexedText(string field) => field switch
    {
        SearchFields.TitleBigrams => Title,
        SearchFields.BodyBigrams => Body,
        SearchFields.Unigrams => Title + "\n" + Body,
        SearchFields.TitleEnglish => TitleEn ?? "",
        SearchFields.BodyEnglish => EnglishBody,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a field the browser gets"),
    };

    /// <summary>The browser's filter terms of this article: its kind, its paper, its reporters.</summary>
    public IEnumerable<string> FilterTerms() => new[] { "k:" + Kind, "p:" + Paper }.Concat(Reporters.Select(r => "r:" + r));

    /// <summary>Unigrams only answer one-character queries: no positions needed, frequencies kept for BM25.</summary>
    private static readonly FieldType UnigramType = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    /// <summary>Reads back the stored fields (what the CLI prints and the browser's document shards carry).</summary>
    public static ArticleDocument FromStored(Document d) => new()
    {
        Id = d.Get(SearchFields.Id, System.Globalization.CultureInfo.InvariantCulture),
        SortKey = d.Get(SearchFields.SortKey, System.Globalization.CultureInfo.InvariantCulture),
        Url = d.Get(SearchFields.Url, System.Globalization.CultureInfo.InvariantCulture),
        Title = d.Get(SearchFields.Title, System.Globalization.CultureInfo.InvariantCulture),
        Body = d.Get(SearchFields.Text, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        Date = d.Get(SearchFields.Date, System.Globalization.CultureInfo.InvariantCulture),
        Page = d.GetField(SearchFields.Page)?.GetInt32Value() ?? 0,
        Kind = d.Get(SearchFields.Kind, System.Globalization.CultureInfo.InvariantCulture),
        Paper = d.Get(SearchFields.Paper, System.Globalization.CultureInfo.InvariantCulture),
        PaperName = d.Get(SearchFields.PaperName, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        Reporters = d.GetValues(SearchFields.Reporter, System.Globalization.CultureInfo.InvariantCulture),
        Keywords = d.GetValues(SearchFields.Keyword, System.Globalization.CultureInfo.InvariantCulture),
        TitleEn = d.Get(SearchFields.TitleEn, System.Globalization.CultureInfo.InvariantCulture),
        SummaryEn = d.Get(SearchFields.SummaryEn, System.Globalization.CultureInfo.InvariantCulture),
    };
}
