using NewsArchive.Ingest;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// PDFs as they go wrong in a librarian's hands, each a real file: the build names the file and says what is wrong
/// with it, and every other page of the archive still builds.
/// </summary>
public sealed class BadPdfTests
{
    private const string Issue = "input/test-daily/2023-05-04/";
    private const string GoodPage = "本报讯（记者 张三）5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";

    [Fact]
    public void An_encrypted_PDF_is_an_error_naming_it()
    {
        using var dir = Archive();
        // The standard security handler with keys that no empty password opens: a PDF protected by a password we lack.
        var key = new string('A', 64);
        dir.Write(Issue + "02.pdf", TestPdfs.Raw("Protected page",
            trailerExtra: $"/Encrypt 6 0 R /ID [<{key[..32]}> <{key[..32]}>]",
            moreObjects: [$"<< /Filter /Standard /V 2 /R 3 /Length 128 /O <{key}> /U <{new string('B', 64)}> /P -1028 >>"]));

        var error = BuildWithOneError(dir, "02.pdf");

        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_truncated_PDF_is_an_error_naming_it()
    {
        using var dir = Archive();
        var whole = TestPdfs.Built(["Page two of the issue"]);
        dir.Write(Issue + "02.pdf", whole[..(whole.Length * 2 / 3)]);

        var error = BuildWithOneError(dir, "02.pdf");

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_damaged_PDF_is_an_error_naming_it()
    {
        using var dir = Archive();
        var pdf = TestPdfs.Raw("Damaged page");
        // The objects overwritten by noise, header and end kept: what a bad disk or a broken copy leaves.
        var noise = new Random(17);
        for (var i = 12; i < pdf.Length - 60; i++)
            pdf[i] = (byte)noise.Next(256);
        dir.Write(Issue + "02.pdf", pdf);

        var error = BuildWithOneError(dir, "02.pdf");

        Assert.Contains("cannot read the PDF", error.Message, StringComparison.Ordinal);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_huge_PDF_is_refused_with_its_size_before_it_is_parsed()
    {
        using var dir = Archive();
        // A sparse file: 101 MB on paper, nothing on disk, and nothing a parser could make sense of past its header.
        using (var file = File.Create(dir.Combine(Issue + "02.pdf")))
        {
            file.Write("%PDF-1.7\n"u8);
            file.SetLength(ReadPages.MaxPdfBytes + 1024 * 1024);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = BuildWithOneError(dir, "02.pdf");

        Assert.Contains("101.0 MB", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < ReadPages.MaxPdfBytes / 2, "the huge PDF was read into memory");
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_scan_without_a_text_layer_says_OCR_it_first_and_its_page_image_is_still_shown()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.pdf", TestPdfs.Built([], jpeg: TestPdfs.Scan(TestPdfs.Built(["A page that was scanned", "and kept only as a picture"]))));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var warning = Assert.Single(result.Report.Diagnostics, d => d.File == "test-daily/2023-05-04/02.pdf");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("no text layer, OCR it first", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/02/page.jpg")), "the scan's page image was not made");
        Assert.Contains("page.jpg", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/02/index.html")));
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void JavaScript_and_form_fields_are_said_and_ignored_and_the_page_is_read()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.pdf", TestPdfs.Raw("Harvest festival opens in the county",
            catalogExtra: "/OpenAction << /S /JavaScript /JS (app.alert\\('hello'\\);) >> /AcroForm << /Fields [] >>"));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var warning = Assert.Single(result.Report.Diagnostics, d => d.File == "test-daily/2023-05-04/02.pdf" && d.Stage == ReadPages.StageName);
        Assert.Contains("JavaScript and form fields: ignored", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        var page = File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/02/index.html"));
        Assert.Contains("Harvest festival", page);
        Assert.DoesNotContain("app.alert", page);
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void Fonts_that_PdfPig_cannot_decode_are_named_and_the_page_is_read_by_pdftotext()
    {
        using var dir = Archive();
        // A font (not embedded) whose glyph names are private-use code points and whose ToUnicode map gives the real
        // characters: PdfPig reads the names, poppler the map, as with e-paper fonts that carry only the map.
        const string text = "本报讯（记者 李四）全县秋粮收购工作全面展开。";
        var chars = text.Distinct().ToList();
        string Code(char c) => (0x21 + chars.IndexOf(c)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
        var map = string.Concat(chars.Select(c => $"<{Code(c)}> <{(int)c:X4}> "));
        var cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Garbled def 1 begincodespacerange <00> <FF> endcodespacerange "
            + $"{chars.Count} beginbfchar {map}endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
        var names = string.Concat(chars.Select((c, i) => $"/uniE{i:X3} "));
        dir.Write(Issue + "02.pdf", TestPdfs.Raw("<" + string.Concat(text.Select(Code)) + ">", baseFont: "FZGarbled",
            fontExtra: $"/FirstChar 0 /LastChar 255 /Widths [{string.Concat(Enumerable.Repeat("500 ", 256))}] /Encoding << /Differences [33 {names}] >> /ToUnicode 6 0 R",
            moreObjects: [TestPdfs.Stream(cmap)]));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var said = Assert.Single(result.Report.Diagnostics, d => d.File == "test-daily/2023-05-04/02.pdf" && d.Stage == ReadPages.StageName);
        Assert.Equal(Severity.Warning, said.Severity);
        Assert.True(said.Message.Contains("FZGarbled", StringComparison.Ordinal) && said.Message.Contains("pdftotext", StringComparison.Ordinal), said.Message);
        Assert.Contains("全县秋粮收购工作全面展开", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/02/01.html")));
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void Fonts_that_neither_PdfPig_nor_pdftotext_decode_are_an_error_naming_them()
    {
        using var dir = Archive();
        var names = string.Concat(Enumerable.Range(0, 26).Select(i => $"/uniE{i:X3} "));
        dir.Write(Issue + "02.pdf", TestPdfs.Raw("ABCDEFGHIJ", baseFont: "FZGarbled",
            fontExtra: $"/FirstChar 0 /LastChar 255 /Widths [{string.Concat(Enumerable.Repeat("500 ", 256))}] /Encoding << /Differences [65 {names}] >>"));

        var error = BuildWithOneError(dir, "02.pdf");

        Assert.True(error.Message.Contains("FZGarbled", StringComparison.Ordinal) && error.Message.Contains("OCR it first", StringComparison.Ordinal), error.Message);
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/02/page.jpg")), "the page's image is still shown");
        AssertGoodPageBuilt(dir);
    }

    [Fact]
    public void A_PDF_named_txt_is_read_as_a_PDF()
    {
        using var dir = Archive();
        dir.Write(Issue + "02.txt", TestPdfs.Built(["Harvest festival opens in the county"]));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        var note = Assert.Single(result.Report.Diagnostics, d => d.File == "test-daily/2023-05-04/02.txt" && d.Stage == ReadPages.StageName);
        Assert.Contains("read as a PDF", note.Message, StringComparison.Ordinal);
        Assert.Contains("Harvest festival", File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/02/index.html")));
        Assert.True(File.Exists(dir.Combine("_site/test-daily/2023/05/04/02/page.jpg")));
    }

    private static Diagnostic BuildWithOneError(TempDir dir, string name)
    {
        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("test-daily/2023-05-04/" + name, error.File);
        return error;
    }

    private static TempDir Archive()
    {
        var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write(Issue + "01.txt", GoodPage);
        return dir;
    }

    private static void AssertGoodPageBuilt(TempDir dir)
    {
        var article = dir.Combine("_site/test-daily/2023/05/04/01/01.html");
        Assert.True(File.Exists(article), "the good page of the archive was not built");
        Assert.Contains("市政府召开常务会议", File.ReadAllText(article));
    }
}
