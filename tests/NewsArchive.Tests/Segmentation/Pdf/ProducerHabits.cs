using System.IO.Compression;
using NewsArchive.Model;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// What Founder and InDesign e-paper workflows do to a page's PDF that a printer driver does not. Each is a switch of
/// <see cref="LayoutWriter"/>, so a family of generated pages can carry one habit, several, or none.
/// </summary>
[Flags]
public enum ProducerHabits
{
    None = 0,

    /// <summary>Headings, kickers, subtitles and ■ bylines drawn glyph by glyph, each glyph twice a fraction of a point apart.</summary>
    FakeBold = 1,

    /// <summary>Dates, numbers and Latin words set as runs of their own, a glyph each with space between (<c>5 月 1 9 日</c>), in bodies and titles.</summary>
    SplitRuns = 2,

    /// <summary>Short headlines tracked out: a quarter to a whole em between their characters.</summary>
    LetterSpaced = 4,

    /// <summary>The paper's name in the running head is a placed image, not text.</summary>
    MastheadImage = 8,

    /// <summary>Some headings (kicker, title, subtitle together) are placed images: no text, the article comes out untitled.</summary>
    HeadlineImages = 16,

    /// <summary>Framed promo boxes: headlines each with a page reference (详见第N版), no body.</summary>
    PromoBoxes = 32,

    /// <summary>Headlines set top to bottom in a narrow column beside the body, one upright glyph under another.</summary>
    VerticalTitles = 64,

    /// <summary>A column logo (a placed image) over some articles' headings.</summary>
    ColumnLogos = 128,

    /// <summary>Rules as stroked line segments and frames as four separate segments, not rectangles.</summary>
    LineBoxes = 256,

    /// <summary>
    /// Rules and frames drawn in pieces as a careless layout leaves them: each side one to three strokes or thin filled
    /// bars, pieces overlapping or a point apart, corners overshot or short. A dev family for joining strokes into boxes
    /// (<see cref="LineBoxes"/> stays held out).
    /// </summary>
    BrokenFrames = 512,
}

/// <summary>The generated families: each habit alone, the tuned habits together, and a held-out set never tuned on.</summary>
public static class HabitFamilies
{
    /// <summary>Never used while tuning the reader: measured and reported apart.</summary>
    public const ProducerHabits HeldOut = ProducerHabits.ColumnLogos | ProducerHabits.LineBoxes;

    public const ProducerHabits Tuned = ProducerHabits.FakeBold | ProducerHabits.SplitRuns | ProducerHabits.LetterSpaced | ProducerHabits.MastheadImage
        | ProducerHabits.HeadlineImages | ProducerHabits.PromoBoxes | ProducerHabits.VerticalTitles;

    public static IReadOnlyList<(string Name, ProducerHabits Habits, bool HeldOut)> All { get; } =
    [
        ("plain", ProducerHabits.None, false),
        ("fake-bold", ProducerHabits.FakeBold, false),
        ("split-runs", ProducerHabits.SplitRuns, false),
        ("letter-spaced", ProducerHabits.LetterSpaced, false),
        ("masthead-image", ProducerHabits.MastheadImage, false),
        ("headline-images", ProducerHabits.HeadlineImages, false),
        ("promo-boxes", ProducerHabits.PromoBoxes, false),
        ("vertical-titles", ProducerHabits.VerticalTitles, false),
        ("broken-frames", ProducerHabits.BrokenFrames, false),
        ("all-tuned", Tuned, false),
        ("column-logos", ProducerHabits.ColumnLogos, true),
        ("line-boxes", ProducerHabits.LineBoxes, true),
        ("held-out-set", HeldOut, true),
        ("everything", Tuned | HeldOut, true),
    ];

    /// <summary>The layouts of a family: seeds offset by the habits, so families do not share pages.</summary>
    public static List<GeneratedLayout> Layouts(ProducerHabits habits, int count) =>
        Enumerable.Range(1, count).Select(seed => new LayoutWriter(new Random(seed * 7919 + (int)habits), habits).Page()).ToList();
}

/// <summary>A placed image (a grey PNG): a picture, a masthead, a logo or a headline set as an image.</summary>
public sealed record ImageOp(PageRegion Box) : DrawOp
{
    private static readonly byte[] Png = GreyPng(16, 8);

    public override void Draw(PdfPageBuilder page, GeneratedPdf.Faces faces, double pageHeight) =>
        page.AddPng(Png, new PdfRectangle(Box.Left, pageHeight - Box.Bottom, Box.Right, pageHeight - Box.Top));

    /// <summary>A tiny PNG written by hand (8-bit grey, one zlib stream): no image library needed.</summary>
    private static byte[] GreyPng(int width, int height)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
                raw.WriteByte((byte)(96 + 8 * ((x + y) % 8)));
        }
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            raw.WriteTo(z);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0]);
        Chunk(png, "IDAT", packed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var body = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++)
            body[i] = (byte)type[i];
        data.CopyTo(body, 4);
        s.Write(BigEndian(data.Length));
        s.Write(body);
        s.Write(BigEndian((int)Crc(body)));
    }

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}

/// <summary>A stroked line segment, in points from the top-left.</summary>
public sealed record LineOp(double X1, double Y1, double X2, double Y2, double Width = 0.7) : DrawOp
{
    public override void Draw(PdfPageBuilder page, GeneratedPdf.Faces faces, double pageHeight) =>
        page.DrawLine(new PdfPoint(X1, pageHeight - Y1), new PdfPoint(X2, pageHeight - Y2), Width);
}
