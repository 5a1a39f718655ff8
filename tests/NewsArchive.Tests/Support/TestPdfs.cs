using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NewsArchive.Tests.Support;

/// <summary>
/// Real PDFs for tests, made three ways: printed by headless Chromium from HTML (as e-paper sites' pages are printed by
/// their producers), written by PdfPig's PdfDocumentBuilder, or written object by object for the damaged and
/// protected files no producer makes on purpose.
/// </summary>
public static class TestPdfs
{
    /// <summary>An HTML page printed to PDF by Debian's chromium (the way scripts/make-test-pages.sh prints the test pages).</summary>
    public static byte[] Print(string html)
    {
        using var dir = new TempDir();
        var page = dir.Write("page.html", html);
        var pdf = dir.Combine("page.pdf");
        var start = new ProcessStartInfo(Chromium.ExecutablePath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + dir.Combine("profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            process.Kill(true);
        return File.Exists(pdf) ? File.ReadAllBytes(pdf) : throw new InvalidOperationException("chromium made no PDF");
    }

    /// <summary>A one-page PDF of Latin text in Helvetica, written by PdfPig's builder; a picture on it when given.</summary>
    public static byte[] Built(string[] lines, byte[]? jpeg = null)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < lines.Length; i++)
            page.AddText(lines[i], 14, new PdfPoint(60, 780 - 24 * i), font);
        if (jpeg is not null)
            page.AddJpeg(jpeg, new PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }

    /// <summary>
    /// A page of text in one font (Helvetica unless named) written object by object, with whatever the catalog, font or
    /// trailer are given besides. <paramref name="text"/> is a PDF string operand when it starts with &lt; (hex codes).
    /// </summary>
    public static byte[] Raw(string text, string catalogExtra = "", string fontExtra = "", string trailerExtra = "", IReadOnlyList<string>? moreObjects = null,
        string baseFont = "Helvetica")
    {
        var content = $"BT /F1 24 Tf 72 760 Td {(text.StartsWith('<') ? text : "(" + text + ")")} Tj ET";
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            $"<< /Type /Font /Subtype /Type1 /BaseFont /{baseFont} {fontExtra} >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        objects.AddRange(moreObjects ?? []);
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A stream object holding <paramref name="data"/>.</summary>
    public static string Stream(string data, string dictionary = "") => $"<< /Length {Encoding.Latin1.GetByteCount(data)} {dictionary} >>\nstream\n{data}\nendstream";

    /// <summary>The first page of a PDF as a JPEG, rendered by poppler's pdftoppm: a scan of it, for a PDF with no text layer.</summary>
    public static byte[] Scan(byte[] pdf, int width = 800)
    {
        using var dir = new TempDir();
        var input = dir.Write("in.pdf", pdf);
        var start = new ProcessStartInfo("pdftoppm", ["-q", "-f", "1", "-l", "1", "-scale-to-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-scale-to-y", "-1", "-jpeg", "-singlefile", input, dir.Combine("scan")]);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return File.ReadAllBytes(dir.Combine("scan.jpg"));
    }
}
