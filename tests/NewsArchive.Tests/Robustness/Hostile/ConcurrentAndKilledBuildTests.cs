using System.Diagnostics;
using System.Text.Json;
using NewsArchive.Output;
using NewsArchive.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Robustness.Hostile;

/// <summary>Builds at the same time, and builds killed at random moments (see <see cref="HostileArchiveTests"/>).</summary>
public sealed class ConcurrentAndKilledBuildTests(ITestOutputHelper log)
{
    [Fact]
    public void Two_builds_at_once_into_one_output_leave_the_site_a_clean_build_makes()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        Assert.Equal(0, Cli.Build(dir).Code);
        File.AppendAllText(dir.Combine("input/liaocheng-daily/2022-12-17/page-01.txt"), "本报讯 新到的一段消息。\n");

        using var first = Cli.Start(dir, "--offline");
        using var second = Cli.Start(dir, "--offline");
        var runs = new[] { Cli.Finish(first), Cli.Finish(second) };

        foreach (var run in runs)
        {
            Invariants.NoCrash(run, "two builds at once");
            Assert.True(run.Code is 0 or 2, $"exit {run.Code}: {run.Stderr}");
            if (run.Code == 2) Assert.Contains("another build is using", run.Stderr);
        }
        Assert.Contains(0, runs.Select(r => r.Code));
        // One more build on the caches both left: the same bytes as a build from nothing, search files included.
        Assert.Equal(0, Cli.Build(dir).Code);
        Invariants.SameAsCleanBuild(dir);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void A_build_killed_at_a_random_moment_leaves_the_previous_site_or_the_new_one(int seed)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var first = Cli.Build(dir);
        Assert.Equal(0, first.Code);
        var previous = Snapshot.Of(dir.Combine("_site"));
        File.AppendAllText(dir.Combine("input/liaocheng-daily/2022-12-17/page-01.txt"), $"本报讯 第{seed}条新消息。\n");
        var input = Snapshot.Of(dir.Combine("input"), except: ".cache");

        // Somewhere in the rebuild, which takes about as long as the first build (most of it the runtime starting).
        var delay = (int)(first.Elapsed.TotalMilliseconds * (0.3 + 0.7 * new Random(seed).NextDouble()));
        using (var build = Cli.Start(dir, "--offline"))
        {
            Thread.Sleep(delay);
            if (!build.HasExited) build.Kill();
            build.WaitForExit(60_000);
        }
        var after = Snapshot.Of(dir.Combine("_site"));
        var state = Same(after, previous) ? "the previous one" : Directory.EnumerateFiles(dir.Path, "._site.commit-*").Any() ? "mid-commit" : "the new one";
        log.WriteLine($"seed {seed}: killed after {delay} ms of a {first.Elapsed.TotalMilliseconds:0} ms build; the site is {state}");
        Invariants.Claimed(dir.Combine("_site"));
        Assert.Equal(input, Snapshot.Of(dir.Combine("input"), except: ".cache"));
        // Killed while moving its files in, the build left its journal, which the next build carries out first; else the
        // site is the previous one or the complete new one.
        var journal = Directory.EnumerateFiles(dir.Path, "._site.commit-*").Any(f => !f.EndsWith(".tmp", StringComparison.Ordinal));
        if (!Same(after, previous) && !journal)
            Invariants.CompleteSite(dir.Combine("_site"));

        // The next build finishes or undoes what the killed one left, and its site is a clean build's.
        var next = Cli.Build(dir);
        Invariants.NoCrash(next, $"after a kill at {delay} ms");
        Assert.Equal(0, next.Code);
        Invariants.OnlyOutputAndCache(dir, "input");
        Invariants.SameAsCleanBuild(dir);
    }

    private static bool Same(SortedDictionary<string, string> a, SortedDictionary<string, string> b) => a.Count == b.Count && !a.Except(b).Any();
}
