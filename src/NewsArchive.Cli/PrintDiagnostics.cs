using NewsArchive.Pipeline;

namespace NewsArchive.Cli;

/// <summary>
/// The one way a verb prints what a report says: every warning and error on its line, errors to standard error, the
/// rest to standard output, with nothing in them able to drive the terminal.
/// </summary>
internal static class PrintDiagnostics
{
    public static void Run(IEnumerable<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in diagnostics.Where(d => d.Severity != Severity.Info))
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(Printable(d.ToString()));
    }

    // File names and page text reach the terminal: an escape sequence in them must not drive it.
    public static string Printable(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? '\uFFFD' : c)) : text;
}
