using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// The headings that open articles. A headline is set at half again the body size or more; the smaller line just
/// above it is its kicker and the one just below (or one opening with ——) its subtitle. A display-size heading
/// (a brief's title, a photo's title) opens an article when body text or a picture stands right under it.
/// </summary>
public static class FindHeadings
{
    public static List<ArticleDraft> Apply(IReadOnlyList<PdfBlock> blocks, BodyMeasure body, IReadOnlyList<Model.PageRegion> pictures, IReadOnlyList<PdfShape> shapes, HashSet<PdfBlock> used)
    {
        var rules = shapes.Where(s => s.Kind == PdfShapeKind.Rule && s.Box.Width >= s.Box.Height).Select(s => s.Box).ToList();
        var articles = new List<ArticleDraft>();
        foreach (var title in blocks.Where(b => IsHeadline(b, body)).OrderBy(b => b.Top))
        {
            var article = new ArticleDraft();
            article.Titles.Add(title);
            used.Add(title);
            articles.Add(article);
        }
        foreach (var article in articles)
        {
            var title = article.Titles[0];
            article.Kicker = blocks.Where(b => !used.Contains(b) && b.Size < title.Size && b.Lines.Count <= 2 && IsHeadingText(b) && SetApart(b, body)
                    && !RuleBetween(b, title, rules)
                    && title.Top - b.Bottom is var gap && gap >= -0.2 * b.Size && gap <= 1.0 * title.Size && Overlap(b, title) > 0)
                .OrderBy(b => title.Top - b.Bottom).FirstOrDefault();
            if (article.Kicker is not null)
                used.Add(article.Kicker);
            // A vertical headline's subtitle stands beside it, not under it; a rule under a headline closes its heading.
            article.Subtitle = title.Vertical ? null : blocks.Where(b => !used.Contains(b) && b.Size < title.Size && b.Lines.Count <= 3 && !RuleBetween(title, b, rules)
                    && (ClassifyLine.IsSubtitle(b.Text) || body.Tier(b) >= TypeTier.Display && IsHeadingText(b))
                    && b.Top - title.Bottom is var gap && gap >= -0.2 * b.Size && gap <= 1.0 * title.Size && Overlap(b, title) > 0)
                .OrderBy(b => b.Top - title.Bottom).FirstOrDefault();
            if (article.Subtitle is not null)
                used.Add(article.Subtitle);
        }
        // Display-size headings over a body or a picture: the titles of briefs, photos and small reports. At body
        // size, a line set in the headlines' font (not the body's) is such a heading too.
        var headlineFonts = articles.Select(a => a.Titles[0].Font).Where(f => !string.Equals(f, body.Font, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        bool Minor(PdfBlock b) => body.Tier(b) == TypeTier.Display || body.Tier(b) == TypeTier.Body && headlineFonts.Contains(b.Font);
        foreach (var b in blocks.Where(b => !used.Contains(b) && Minor(b) && b.Lines.Count <= 2 && IsHeadingText(b) && !FeatureSubheads.InsideColumn(b, blocks, body)).OrderBy(b => b.Top))
        {
            var under = blocks.Any(o => o != b && !used.Contains(o) && body.Tier(o) <= TypeTier.Body && o.Top - b.Bottom is var gap
                    && gap >= -0.2 * b.Size && gap <= 1.5 * b.Size && Overlap(o, b) > 0)
                || pictures.Any(p => p.Top - b.Bottom is var gap && gap >= -0.2 * b.Size && gap <= 1.5 * b.Size && Math.Min(p.Right, b.Right) - Math.Max(p.Left, b.Left) > 0)
                // A promo's headline: its page reference (（详见第5版）) stands under it, often at the far end of the line.
                || blocks.Any(o => o != b && !used.Contains(o) && o.Top - b.Bottom is var gap && gap >= -0.2 * b.Size && gap <= 1.5 * b.Size
                    && o.Left < b.Right + 3 * body.ColumnWidth && o.Right > b.Left && FillItemFields.IsPageReference(o.Text));
            if (!under)
                continue;
            var article = new ArticleDraft { MinorTitle = true };
            article.Titles.Add(b);
            used.Add(b);
            articles.Add(article);
        }
        return articles;
    }

    /// <summary>A kicker is set apart from the body's type: larger, or in another font.</summary>
    private static bool SetApart(PdfBlock b, BodyMeasure body) => body.Tier(b) >= TypeTier.Display || !string.Equals(b.Font, body.Font, StringComparison.Ordinal);

    private static bool RuleBetween(PdfBlock above, PdfBlock below, List<Model.PageRegion> rules) =>
        rules.Any(r => r.Top >= above.Bottom - 0.1 && r.Bottom <= below.Top + 0.1 && Math.Min(r.Right, below.Right) > Math.Max(r.Left, below.Left));

    public static bool IsHeadline(PdfBlock b, BodyMeasure body) =>
        body.Tier(b) == TypeTier.Title && b.Lines.Count <= 4 || b.Vertical && body.Ratio(b) >= 1.3;

    /// <summary>A heading is short and is not a byline, a credit or a sentence.</summary>
    public static bool IsHeadingText(PdfBlock b)
    {
        var t = b.Text.Trim();
        return t.Length is > 0 and <= 40 && !t.EndsWith('。') && t.IndexOf('■') < 0 && !ClassifyLine.IsBylineLine(t) && !ClassifyLine.IsAuthorLine(t)
            && !ClassifyLine.Dateline(t).Success;
    }

    public static double Overlap(PdfBlock a, PdfBlock b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
}
