using System.Text.Json;
using NewsArchive.Output;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness.Hostile;

/// <summary>What must hold after any build, whatever its input or fate.</summary>
internal static class Invariants
{
    /// <summary>No unhandled exception: no stack trace, and every error line names its file or says what stopped.</summary>
    public static void NoCrash(Cli.Run run, string context)
    {
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(90), $"{context}: the build took {run.Elapsed.TotalSeconds:0} s");
        Assert.DoesNotContain("Unhandled exception", run.Stderr);
        Assert.DoesNotContain("\n   at ", run.Stderr);
        foreach (var line in run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.True(line.Contains(": error: ", StringComparison.Ordinal) || line.StartsWith("error: ", StringComparison.Ordinal) || line.StartsWith("  ", StringComparison.Ordinal),
                $"{context}: an error line that names no file: {line}");
    }

    /// <summary>The test folder holds only the input (and what the test put beside it), the site, its report and its lock.</summary>
    public static void OnlyOutputAndCache(TempDir dir, params string[] others)
    {
        var expected = new[] { "_site", "_site.build-report.json", "._site.lock" }.Concat(others).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>A complete site: its manifest names every file it holds of ours, and each of them is there.</summary>
    public static void CompleteSite(string site)
    {
        var owned = SiteOwnership.Owned(site);
        Assert.NotNull(owned);
        Assert.Contains("index.html", owned);
        Assert.Contains("search.html", owned);
        foreach (var file in owned)
            Assert.True(File.Exists(Path.Combine(site, file)), $"the site lacks {file}, which its manifest names");
        var onDisk = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Where(f => f != SiteOwnership.FileName);
        Assert.Empty(onDisk.Except(owned));
    }

    /// <summary>Every file of ours the site holds is claimed by its manifest, even halfway through a commit.</summary>
    public static void Claimed(string site)
    {
        var owned = SiteOwnership.Owned(site);
        Assert.NotNull(owned);
        var onDisk = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Where(f => !f.StartsWith('.'));
        Assert.Empty(onDisk.Except(owned));
    }

    public static void BoundedMemory(TempDir dir, string context)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(dir.Combine("_site.build-report.json")));
        var peak = report.RootElement.GetProperty("peakMemoryMB").GetInt64();
        Assert.True(peak < 1500, $"{context}: the build peaked at {peak} MB");
    }

    /// <summary>The site equals, byte for byte, a build from nothing of the same input into a fresh folder with fresh caches.</summary>
    public static void SameAsCleanBuild(TempDir dir)
    {
        using var clean = new TempDir();
        foreach (var file in Directory.EnumerateFiles(dir.Combine("input"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dir.Combine("input"), file);
            if (relative.StartsWith(".cache", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(clean.Combine("input", relative))!);
            File.Copy(file, clean.Combine("input", relative));
        }
        Assert.Equal(0, Cli.Build(clean).Code);
        Assert.Equal(Snapshot.Of(clean.Combine("_site")), Snapshot.Of(dir.Combine("_site")));
    }
}
