using NewsArchive.Model;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// A second PDF producer beside Chromium: pages written with PdfPig's own <see cref="PdfDocumentBuilder"/> in
/// Debian's CJK fonts, glyph run by glyph run, as a typesetting program places them. PdfPig cannot read a
/// TrueType collection (.ttc: "the head table is required"), so the first face of each collection is copied
/// out into a plain TrueType font in memory.
/// </summary>
public static class GeneratedPdf
{
    public const string BodyFont = "/usr/share/fonts/truetype/arphic/uming.ttc";
    public const string KaiFont = "/usr/share/fonts/truetype/arphic/ukai.ttc";
    public const string HeadFont = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static readonly Lazy<(byte[] Body, byte[] Kai, byte[] Head)> Fonts = new(() =>
        (FirstFace(File.ReadAllBytes(BodyFont)), FirstFace(File.ReadAllBytes(KaiFont)), FirstFace(File.ReadAllBytes(HeadFont))));

    public static bool FontsInstalled => File.Exists(BodyFont) && File.Exists(KaiFont) && File.Exists(HeadFont);

    /// <summary>One PDF holding every layout as a page (the fonts are parsed once per document).</summary>
    public static byte[] Document(IEnumerable<GeneratedLayout> layouts)
    {
        using var builder = new PdfDocumentBuilder();
        var fonts = Fonts.Value;
        var faces = new Faces(builder.AddTrueTypeFont(fonts.Body), builder.AddTrueTypeFont(fonts.Kai), builder.AddTrueTypeFont(fonts.Head));
        foreach (var layout in layouts)
        {
            var page = builder.AddPage(layout.Width, layout.Height);
            foreach (var op in layout.Operations)
                op.Draw(page, faces, layout.Height);
        }
        return builder.Build();
    }

    /// <summary>A small page with one report under its title: the simplest thing the reader must get right.</summary>
    public static GeneratedLayout SimplePage() => new LayoutWriter(new Random(1)).Page(columns: 4, bodySize: 10, articleCount: 1);

    public sealed record Faces(PdfDocumentBuilder.AddedFont Body, PdfDocumentBuilder.AddedFont Kai, PdfDocumentBuilder.AddedFont Head)
    {
        public PdfDocumentBuilder.AddedFont Of(FontRole role) => role switch
        {
            FontRole.Kai => Kai,
            FontRole.Head => Head,
            _ => Body,
        };
    }

    /// <summary>Copies the first face of a TrueType collection into a standalone TrueType font.</summary>
    public static byte[] FirstFace(byte[] ttc)
    {
        static uint U32(byte[] b, int o) => (uint)(b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]);
        static int U16(byte[] b, int o) => b[o] << 8 | b[o + 1];
        if (ttc.Length < 16 || ttc[0] != 't' || ttc[1] != 't' || ttc[2] != 'c' || ttc[3] != 'f')
            return ttc;
        var offset = (int)U32(ttc, 12);
        var tables = U16(ttc, offset + 4);
        var header = 12 + 16 * tables;
        var records = Enumerable.Range(0, tables).Select(i => (Offset: (int)U32(ttc, offset + 12 + 16 * i + 8), Length: (int)U32(ttc, offset + 12 + 16 * i + 12))).ToList();
        var font = new byte[header + records.Sum(r => (r.Length + 3) & ~3)];
        Array.Copy(ttc, offset, font, 0, header);
        var at = header;
        for (var i = 0; i < tables; i++)
        {
            Array.Copy(ttc, records[i].Offset, font, at, records[i].Length);
            var r = 12 + 16 * i + 8;
            font[r] = (byte)(at >> 24);
            font[r + 1] = (byte)(at >> 16);
            font[r + 2] = (byte)(at >> 8);
            font[r + 3] = (byte)at;
            at += (records[i].Length + 3) & ~3;
        }
        return font;
    }
}

public enum FontRole
{
    Body,
    Kai,
    Head,
}

/// <summary>One drawing operation of a generated page, in points from the top-left.</summary>
public abstract record DrawOp
{
    public abstract void Draw(PdfPageBuilder page, GeneratedPdf.Faces faces, double pageHeight);
}

/// <summary>A run of text on a baseline whose em box starts at <paramref name="Top"/>.</summary>
public sealed record TextOp(string Text, double Left, double Top, double Size, FontRole Font) : DrawOp
{
    public override void Draw(PdfPageBuilder page, GeneratedPdf.Faces faces, double pageHeight) =>
        page.AddText(Text, Size, new PdfPoint(Left, pageHeight - Top - 0.88 * Size), faces.Of(Font));
}

public sealed record RectOp(PageRegion Box, bool Filled, double LineWidth = 0.7) : DrawOp
{
    public override void Draw(PdfPageBuilder page, GeneratedPdf.Faces faces, double pageHeight)
    {
        if (Filled)
            page.SetTextAndFillColor(190, 190, 190);
        page.DrawRectangle(new PdfPoint(Box.Left, pageHeight - Box.Bottom), Box.Width, Box.Height, LineWidth, Filled);
        if (Filled)
            page.ResetColor();
    }
}

/// <summary>A generated page: what to draw, and the items a reader sees on it.</summary>
public sealed record GeneratedLayout(double Width, double Height, double BodySize, IReadOnlyList<DrawOp> Operations, IReadOnlyList<SegmentedItem> Truth);
