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
public sealed class HostileArchiveTests(ITestOutputHelper log)
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromSeconds(90);
    private const long MemoryLimitMB = 1500;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
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
    [InlineData(12)]
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

    [Fact]
    public void A_full_disk_is_said_plainly_and_the_previous_site_stands()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            log.WriteLine("skipped: mounting a small tmpfs needs root on Linux");
            return;
        }
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var disk = dir.Combine("disk");
        Directory.CreateDirectory(disk);
        if (Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk) != 0)
        {
            log.WriteLine("skipped: mount -t tmpfs is not allowed here");
            return;
        }
        try
        {
            var output = Path.Combine(disk, "_site");
            Assert.Equal(0, Cli.Build(dir, output).Code);
            var previous = Snapshot.Of(output);
            // Fill the disk but for a few KB, then change every page (a new theme layout) so the build must write them all.
            using (var filler = new FileStream(Path.Combine(disk, "filler"), FileMode.CreateNew))
            {
                var block = new byte[64 * 1024];
                try { while (true) filler.Write(block); }
                catch (IOException) { }
            }
            dir.CopyIn(Repo.Theme, "theme");
            var layout = dir.Combine("theme/layouts/_base.liquid");
            File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- " + new string('x', 4000) + " -->\n</body>", StringComparison.Ordinal));

            var full = Cli.Build(dir, output, dir.Combine("theme"));

            Invariants.NoCrash(full, "disk full");
            Assert.Equal(1, full.Code);
            Assert.Contains("no space left on device", full.Stderr);
            Assert.Contains("previous site", full.Stderr);
            Assert.Equal(previous, Snapshot.Of(output));
            File.Delete(Path.Combine(disk, "filler"));
            var again = Cli.Build(dir, output, dir.Combine("theme"));
            Assert.Equal(0, again.Code);
            Invariants.CompleteSite(output);
        }
        finally
        {
            Run("umount", "-l", disk);
        }
    }

    private static int Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
