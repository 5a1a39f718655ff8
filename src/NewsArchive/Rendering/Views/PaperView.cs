namespace NewsArchive.Rendering.Views;

/// <summary>A newspaper title, with its own page (years and latest issues) and its Atom feed.</summary>
public sealed record PaperView(string Slug, string NameZh, string NameEn)
{
    public string Url => $"/{Slug}/index.html";
    public string FeedUrl => $"/{Slug}/feed.xml";

    public static PaperView From(Model.Paper p) => new(p.Slug, p.NameZh, p.NameEn);
}
