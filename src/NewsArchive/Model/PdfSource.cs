namespace NewsArchive.Model;

/// <summary>Where a page read from a PDF came from: the file, which of its pages, and what its text layer held.</summary>
public sealed record PdfSource
{
    /// <summary>Absolute path of the PDF, for rendering the page's image (read again only when the image cache misses).</summary>
    public required string Path { get; init; }

    /// <summary>0-based index of the page in the PDF.</summary>
    public required int PageIndex { get; init; }

    /// <summary>XXH128 of the PDF's bytes: the page image cache's key, and a check that the file did not change since it was read.</summary>
    public required string FileHash { get; init; }

    /// <summary>The PDF's bytes, held from reading to segmentation only (then dropped, as a page's text is).</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>False for a scan: no text to segment, but the page image is still shown.</summary>
    public bool HasTextLayer { get; init; } = true;

    /// <summary>
    /// The PDF's fonts could not be decoded to Unicode, so the page's text came from <c>pdftotext</c> and is segmented
    /// as text, without regions.
    /// </summary>
    public bool TextFromPdftotext { get; init; }
}
