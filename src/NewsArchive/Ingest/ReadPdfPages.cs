using System.Globalization;
using System.Text;
using NewsArchive.Segmentation.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace NewsArchive.Ingest;

/// <summary>
/// Opens a PDF that ingest read, and gives each of its pages' text layer, or says why it cannot: encrypted, damaged or
/// truncated files are errors naming the file; a scan without text, JavaScript or form fields, and fonts that do not
/// decode to Unicode (read instead by poppler's pdftotext) are said and the pages kept.
/// </summary>
public sealed class ReadPdfPages
{
    /// <summary>The text layer of one page of a PDF.</summary>
    public sealed record PdfPageText(int Index, string Text, bool HasTextLayer, bool FromPdftotext);

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    /// <returns>The PDF's pages in file order, or null when it cannot be read at all (the error is reported).</returns>
    public static IReadOnlyList<PdfPageText>? Run(byte[] bytes, string relative, BuildReport report)
    {
        if (Truncated(bytes))
        {
            report.Error(ReadPages.StageName, relative,
                "cannot read the PDF: it is truncated (it stops before the end-of-file marker %%EOF): download or copy it again");
            return null;
        }
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (ActiveContent(document, bytes) is { } active)
                report.Warn(ReadPages.StageName, relative, $"the PDF holds {active}: ignored, only its printed text and pictures are read");
            var pages = new List<PdfPageText>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
                pages.Add(ReadPage(document, number, bytes, relative, report));
            if (pages.Count == 0)
            {
                report.Error(ReadPages.StageName, relative, "cannot read the PDF: it has no pages");
                return null;
            }
            return pages;
        }
        catch (PdfDocumentEncryptedException)
        {
            report.Error(ReadPages.StageName, relative,
                "cannot read the PDF: it is encrypted with a password; save an unprotected copy (or ask the e-paper's publisher for one)");
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws many types for a damaged file (format, parse, index, null reference deep in a stream).
            report.Error(ReadPages.StageName, relative, $"cannot read the PDF: it is damaged ({e.Message.TrimEnd('.')}); download or copy it again");
            return null;
        }
    }

    private static PdfPageText ReadPage(PdfDocument document, int number, byte[] bytes, string relative, BuildReport report)
    {
        var page = document.GetPage(number);
        var text = new StringBuilder(page.Letters.Count);
        foreach (var letter in page.Letters)
            text.Append(letter.Value);
        var where = document.NumberOfPages == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" page {number}");
        if (text.ToString().All(char.IsWhiteSpace))
        {
            report.Warn(ReadPages.StageName, relative + where,
                "no text layer, OCR it first: the page is a scan (pictures only); its image is shown, with no articles");
            return new PdfPageText(number - 1, "", HasTextLayer: false, FromPdftotext: false);
        }
        var fonts = UndecodableFonts(page);
        if (fonts.Count == 0)
            return new PdfPageText(number - 1, text.ToString(), true, false);

        var names = string.Join(", ", fonts) + StandIns(document, page, fonts);
        var fromTool = Pdftotext(bytes, number);
        if (fromTool is not null && !fromTool.All(char.IsWhiteSpace) && fromTool.Where(c => !char.IsWhiteSpace(c)).Count(c => !CheckTextLayer.IsCharacter(c.ToString())) * 10 <= fromTool.Count(c => !char.IsWhiteSpace(c)))
        {
            report.Warn(ReadPages.StageName, relative + where,
                $"the text of font{(fonts.Count > 1 ? "s" : "")} {names} cannot be decoded to Unicode; this page's text is taken from pdftotext instead and segmented as text (no article places on its image)");
            return new PdfPageText(number - 1, fromTool, true, FromPdftotext: true);
        }
        report.Error(ReadPages.StageName, relative + where,
            $"the text of font{(fonts.Count > 1 ? "s" : "")} {names} cannot be decoded to Unicode, by PdfPig or by pdftotext: no readable text layer, OCR it first; its image is shown, with no articles");
        return new PdfPageText(number - 1, "", HasTextLayer: false, FromPdftotext: false);
    }

    private static string? Pdftotext(byte[] bytes, int number)
    {
        if (!Poppler.Has("pdftotext"))
            return null;
        var n = number.ToString(CultureInfo.InvariantCulture);
        try
        {
            var output = Poppler.Run("pdftotext", ["-q", "-enc", "UTF-8", "-f", n, "-l", n, "-", "-"], bytes, ToolTimeout);
            return output.ExitCode == 0 ? Encoding.UTF8.GetString(output.Stdout) : null;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Fonts whose glyphs decode to no real characters, as the PDF segmenter judges them (<see cref="CheckTextLayer.UndecodableFonts"/>).</summary>
    private static List<string> UndecodableFonts(UglyToad.PdfPig.Content.Page page) =>
        [.. CheckTextLayer.UndecodableFonts(page.Letters.Select(l => (l.FontName ?? "", l.Value)))];

    /// <summary>
    /// The fonts the page declares, when PdfPig stood one of its own in for them (a font not embedded): the name the
    /// librarian finds in the PDF's properties.
    /// </summary>
    private static string StandIns(PdfDocument document, UglyToad.PdfPig.Content.Page page, List<string> fonts)
    {
        var declared = new SortedSet<string>(StringComparer.Ordinal);
        DictionaryToken? Resolve(IToken? token) =>
            token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data as DictionaryToken : token as DictionaryToken;
        if (page.Dictionary.TryGet(NameToken.Resources, out var resources) && Resolve(resources) is { } r
            && r.TryGet(NameToken.Font, out var fontsToken) && Resolve(fontsToken) is { } all)
            foreach (var font in all.Data.Values)
                if (Resolve(font) is { } f && f.TryGet(NameToken.BaseFont, out var name) && name is NameToken n)
                    declared.Add(n.Data);
        declared.ExceptWith(fonts);
        return declared.Count == 0 ? "" : $" (standing in for the page's {string.Join(", ", declared)}, not embedded in the PDF)";
    }

    /// <summary>A PDF ends with %%EOF (maybe followed by a line end or a little padding); a cut download does not.</summary>
    private static bool Truncated(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        return tail.IndexOf("%%EOF"u8) < 0;
    }

    /// <summary>JavaScript or form fields, which a newspaper page does not need and the archive never runs.</summary>
    private static string? ActiveContent(PdfDocument document, byte[] bytes)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var forms = catalog.ContainsKey(NameToken.AcroForm);
        // The catalog's names tree and open action, and any uncompressed action in the file's bytes.
        var script = catalog.ContainsKey(NameToken.Create("Names")) && bytes.AsSpan().IndexOf("/JavaScript"u8) >= 0
            || bytes.AsSpan().IndexOf("/JavaScript"u8) >= 0 || bytes.AsSpan().IndexOf("/JS"u8) >= 0;
        return (forms, script) switch
        {
            (true, true) => "JavaScript and form fields",
            (true, false) => "form fields",
            (false, true) => "JavaScript",
            _ => null,
        };
    }
}
