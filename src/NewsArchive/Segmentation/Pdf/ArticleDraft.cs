using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>A picture with the small text touching it: its caption blocks and its credit.</summary>
public sealed record PictureUnit(PageRegion Box, IReadOnlyList<PdfBlock> Captions, IReadOnlyList<PdfBlock> Credits)
{
    public PageRegion Extent { get; } = PdfLine.Union([Box, .. Captions.Select(c => c.Box), .. Credits.Select(c => c.Box)]);
}

/// <summary>One article while the page is read: its headings, the blocks and pictures it governs.</summary>
public sealed class ArticleDraft
{
    public PdfBlock? Kicker { get; set; }
    public List<PdfBlock> Titles { get; } = [];
    public PdfBlock? Subtitle { get; set; }
    public List<PdfBlock> Blocks { get; } = [];
    public List<PictureUnit> Pictures { get; } = [];
    public PageRegion? Frame { get; init; }

    /// <summary>The article's title is a display-size heading (a brief's or a photo's), not a headline.</summary>
    public bool MinorTitle { get; init; }

    /// <summary>Set only on stand-ins used to measure a page read upside down (foot titles).</summary>
    public PageRegion? MirroredHeading { get; init; }

    public PageRegion Heading => PdfLine.Union([.. Titles.Select(t => t.Box), .. Kicker is null ? Array.Empty<PageRegion>() : [Kicker.Box], .. Subtitle is null ? Array.Empty<PageRegion>() : [Subtitle.Box]]);

    public IEnumerable<PageRegion> Regions() =>
        Titles.Select(t => t.Box).Concat(Kicker is null ? [] : [Kicker.Box]).Concat(Subtitle is null ? [] : [Subtitle.Box])
            .Concat(Blocks.Select(b => b.Box)).Concat(Pictures.Select(p => p.Extent));

    public PageRegion Extent => Frame ?? PdfLine.Union(Regions());
}
