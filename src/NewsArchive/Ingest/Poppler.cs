using System.Diagnostics;

namespace NewsArchive.Ingest;

/// <summary>
/// Runs one of poppler's command-line tools (pdftotext, pdftoppm) on PDF bytes given on its standard input, so the
/// tool reads exactly the bytes the build read and hashed, never a path that may have changed since.
/// </summary>
public static class Poppler
{
    public sealed record Output(int ExitCode, byte[] Stdout, string Stderr);

    /// <summary>Whether the tool is installed (scripts/setup.sh installs poppler-utils).</summary>
    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeout"/>; it was killed.</exception>
    public static Output Run(string tool, IReadOnlyList<string> arguments, byte[] stdin, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool stopped reading (a damaged file): its exit code and message say why.
        }
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} took longer than {timeout.TotalSeconds:0} s");
        }
        reading.GetAwaiter().GetResult();
        return new Output(process.ExitCode, stdout.ToArray(), errors.GetAwaiter().GetResult().Trim());
    }
}
