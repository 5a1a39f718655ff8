using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// A PDF page read and segmented. When <see cref="TextLayer"/> is not <see cref="PdfTextLayer.Read"/>, the
/// segmentation is empty and <see cref="Problem"/> says why: the caller falls back (pdftotext, OCR) or reports.
/// <see cref="Text"/> is the page's text layer line by line in reading order (what the accounting counts).
/// </summary>
public sealed record PdfPageSegmentation(PdfTextLayer TextLayer, PageSegmentation Segmentation, string Text, string? Problem = null);
