using System.Diagnostics;
using System.Text.Json;
using NewsArchive.Output;
using NewsArchive.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Robustness.Hostile;

/// <summary>Damaged caches and a full disk (see <see cref="HostileArchiveTests"/>).</summary>
public sealed class DamagedCacheAndFullDiskTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData("truncate")]
    [InlineData("garble")]
    public void Every_cache_damaged_at_once_is_mended_and_the_site_is_a_clean_builds(string damage)
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        Assert.Equal(0, Cli.Build(dir).Code);
        var random = new Random(damage.Length);
        foreach (var file in Directory.EnumerateFiles(dir.Combine("input/.cache"), "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "lock"))
        {
            var bytes = File.ReadAllBytes(file);
            if (damage == "truncate") bytes = bytes[..(bytes.Length / 2)];
            else if (damage == "empty") bytes = [];
            else for (var i = 0; i < Math.Min(16, bytes.Length); i++) bytes[random.Next(bytes.Length)] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
        }
        File.AppendAllText(dir.Combine("input/liaocheng-daily/2022-12-17/page-01.txt"), "本报讯 缓存损坏之后的新消息。\n");

        var run = Cli.Build(dir);

        Invariants.NoCrash(run, damage);
        Assert.True(run.Code == 0, run.Stderr);
        Invariants.SameAsCleanBuild(dir);
    }

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
