using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Ingest;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation.Pdf;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// A Type0 CID font (Identity-H) without a ToUnicode map, as Founder and InDesign e-papers sometimes carry: the glyph
/// numbers come out as code points. Made from a Chromium-printed test page (Chromium embeds its fonts as Type0 CID
/// TrueType with Identity-H) by renaming one font's /ToUnicode key, a same-length edit that keeps the file's offsets.
/// </summary>
public sealed partial class CidFontWithoutUnicodeMapTests
{
    private const string Page = "daichuan-daily-front";

    [Fact]
    public void The_font_is_named_and_the_page_falls_back_rather_than_reading_glyph_numbers_as_text()
    {
        var (pdf, font) = WithoutUnicodeMap(File.ReadAllBytes(PdfTestPages.Pdf(Page)));
        Assert.Matches($@"{Regex.Escape(font)}\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+no", Pdffonts(pdf));

        var result = SegmentPdfPage.Segment(pdf, 0);

        Assert.Equal(PdfTextLayer.Undecodable, result.TextLayer);
        Assert.Contains(font, result.Problem);
    }

    [Fact]
    public void A_build_names_the_font_and_reads_the_page_with_pdftotext()
    {
        var (pdf, font) = WithoutUnicodeMap(File.ReadAllBytes(PdfTestPages.Pdf(Page)));
        using var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write("input/test-daily/2023-05-04/01.pdf", pdf);

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var said = Assert.Single(result.Report.Diagnostics, d => d.File == "test-daily/2023-05-04/01.pdf" && d.Stage == ReadPages.StageName);
        Assert.Equal(Severity.Warning, said.Severity);
        Assert.True(said.Message.Contains(font, StringComparison.Ordinal) && said.Message.Contains("pdftotext", StringComparison.Ordinal), said.Message);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/01/01.html")), "the page's articles were not built");
    }

    /// <summary>The PDF with the first Type0 font's ToUnicode key renamed, and that font's name.</summary>
    private static (byte[] Pdf, string Font) WithoutUnicodeMap(byte[] pdf)
    {
        // Latin-1 maps bytes one to one, so indices in the string are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var type0 = text.IndexOf("/Subtype /Type0", StringComparison.Ordinal);
        Assert.True(type0 > 0, "the test page has no Type0 font");
        var start = text.LastIndexOf(" obj", type0, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", type0, StringComparison.Ordinal);
        var font = text[start..end];
        var key = font.IndexOf("/ToUnicode", StringComparison.Ordinal);
        Assert.True(key > 0, "the Type0 font has no ToUnicode map to remove");
        var edited = (byte[])pdf.Clone();
        edited[start + key + "/ToUnicod".Length] = (byte)'X';
        return (edited, BaseFont().Match(font).Groups[1].Value);
    }

    private static string Pdffonts(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdffonts", [path]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"/BaseFont /([^\s/>]+)")]
    private static partial Regex BaseFont();
}
