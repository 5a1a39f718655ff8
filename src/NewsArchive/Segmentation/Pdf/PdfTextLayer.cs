namespace NewsArchive.Segmentation.Pdf;

/// <summary>What a PDF page's text layer turned out to be; anything but <see cref="Read"/> means the caller falls back.</summary>
public enum PdfTextLayer
{
    /// <summary>Glyphs decoded to Unicode: the segmentation is from the page's geometry.</summary>
    Read,

    /// <summary>Some font maps its glyphs to no real characters (private-use, control or replacement codes): fall back to pdftotext or OCR.</summary>
    Undecodable,

    /// <summary>The page has no text at all (a scan): OCR it first.</summary>
    Missing,

    /// <summary>The PDF could not be parsed (damaged, encrypted, no such page).</summary>
    Unreadable,
}
