namespace NewsArchive.Model;

/// <summary>One printed page as read from input/ (a text file, or a page of a PDF): its text and where it sits in the archive.</summary>
public sealed record PageSource
{
    /// <summary>Path relative to the input folder, with forward slashes; used in every message about this page.</summary>
    public required string File { get; init; }
    public required Paper Paper { get; init; }
    public required DateOnly Date { get; init; }
    public required int Number { get; init; }
    public string? Name { get; init; }
    public required string Text { get; init; }

    /// <summary>XXH128 of the decoded text (its UTF-16 code units), for caches and for finding copies.</summary>
    public required string Hash { get; init; }

    /// <summary>Path of the optional segmentation correction sidecar, if the librarian wrote one.</summary>
    public string? CorrectionsFile { get; init; }

    /// <summary>Set when the page was read from a PDF; its <see cref="Text"/> is then the PDF's text layer.</summary>
    public PdfSource? Pdf { get; init; }
}
