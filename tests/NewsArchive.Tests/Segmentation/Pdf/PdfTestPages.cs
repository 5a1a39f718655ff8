using System.Diagnostics;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// The made test pages as PDFs. The PDFs are build products (gitignored): when one is missing, the fixture prints
/// it with scripts/make-test-pages.sh (headless Chromium, installed by scripts/setup.sh), once per test run.
/// </summary>
public sealed class PdfTestPages
{
    private static readonly Lazy<string?> Made = new(Make);

    public static IReadOnlyList<string> Names { get; } =
        [.. TestPages.Names.Where(n => File.Exists(Path.Combine(TestPages.Folder, n, "page.html")))];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
            data.Add(name);
        return data;
    }

    /// <summary>The page's PDF, printed first if it is missing.</summary>
    public static string Pdf(string name)
    {
        var path = Path.Combine(TestPages.Folder, name, "page.pdf");
        if (!File.Exists(path) && Made.Value is { } error)
            Assert.Fail(error);
        return path;
    }

    private static string? Make()
    {
        var missing = Names.Where(n => !File.Exists(Path.Combine(TestPages.Folder, n, "page.pdf"))).ToList();
        if (missing.Count == 0)
            return null;
        var start = new ProcessStartInfo(Path.Combine(Repo.Root, "scripts", "make-test-pages.sh")) { WorkingDirectory = Repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var name in missing)
            start.ArgumentList.Add(name);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"scripts/make-test-pages.sh failed: {stderr.Result}";
    }
}
