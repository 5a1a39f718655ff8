using System.Globalization;
using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Benchmarks;

/// <summary>`pdfblocks PAGE.pdf`: the page's blocks as the reader groups them (box, size, first words): to see why a page reads wrong.</summary>
public static class PdfBlocksCommand
{
    public static int Run(string[] args)
    {
        using var document = ReadPdfPage.Open(File.ReadAllBytes(args[0]));
        var page = ReadPdfPage.Read(document.GetPage(1));
        var shapes = JoinRuleBoxes.Apply(page.Shapes);
        var bold = DropFakeBold.Apply(page.Glyphs);
        var lines = JoinStackedGlyphs.Apply(GroupLines.Apply(bold.Kept, shapes));
        foreach (var b in GroupBlocks.Apply(lines, shapes).OrderBy(b => b.Left).ThenBy(b => b.Top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"x {b.Left,6:0.0}-{b.Right,6:0.0} y {b.Top,6:0.0}-{b.Bottom,6:0.0} size {b.Size,4:0.0} lines {b.Lines.Count,2} {(b.Text.Length > 24 ? b.Text[..24] : b.Text)}"));
        foreach (var s in shapes)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shape {s.Kind} x {s.Box.Left:0.0}-{s.Box.Right:0.0} y {s.Box.Top:0.0}-{s.Box.Bottom:0.0}"));
        return 0;
    }
}
