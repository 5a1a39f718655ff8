namespace NewsArchive.Reporting;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>One message of the build report. File is relative to the input folder; Line and Column are 1-based when known.</summary>
public sealed record Diagnostic(Severity Severity, string Stage, string? File, int? Line, string Message)
{
    public int? Column { get; init; }

    public override string ToString()
    {
        var where = File is null ? "" : Line is null ? $"{File}: " : Column is null ? $"{File}:{Line}: " : $"{File}:{Line}:{Column}: ";
        return $"{where}{Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
