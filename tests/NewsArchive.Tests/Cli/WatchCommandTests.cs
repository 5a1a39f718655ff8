using System.Collections.Concurrent;
using System.Diagnostics;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Cli;

/// <summary>The watch verb, run as a librarian runs it: a real process, real files, real notifications.</summary>
public sealed class WatchCommandTests
{
    [Fact]
    public void A_saved_correction_is_in_the_site_after_one_rebuild_and_the_builds_own_writes_start_no_other()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯 市政府召开常务会议。\n");
        var article = dir.Combine("_site/test-daily/2023/05/04/01/01.html");

        using var watch = Start(dir, out var lines);
        try
        {
            WaitFor(lines, watch, "Watching", TimeSpan.FromMinutes(3));
            Assert.Contains("常务会议", File.ReadAllText(article));

            dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯 市政府召开全体会议。\n");
            var rebuilt = WaitFor(lines, watch, "Rebuilt", TimeSpan.FromMinutes(2));

            Assert.Contains("test-daily/2023-05-04/01.txt", rebuilt);
            Assert.Contains("1 changed", rebuilt);
            Assert.Contains("全体会议", File.ReadAllText(article));
            // The rebuild wrote its caches into the input folder and the site beside it: neither is a change to rebuild for.
            Assert.Null(Next(lines, watch, "Rebuilt", TimeSpan.FromSeconds(3)));
            Assert.False(watch.HasExited);
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_broken_template_fails_its_rebuild_with_a_message_leaves_the_site_and_the_fix_rebuilds()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.CopyIn(Repo.Theme, "theme");
        var home = dir.Combine("_site/index.html");
        var layout = dir.Combine("theme/layouts/index.liquid");
        var original = File.ReadAllText(layout);

        using var watch = Start(dir, out var lines, theme: dir.Combine("theme"));
        try
        {
            WaitFor(lines, watch, "Watching", TimeSpan.FromMinutes(3));
            var before = File.ReadAllText(home);

            File.WriteAllText(layout, original + "\n{% if %}\n");
            var failed = WaitFor(lines, watch, "failed", TimeSpan.FromMinutes(2));
            Assert.Contains("index.liquid", failed);
            Assert.Equal(before, File.ReadAllText(home));

            File.WriteAllText(layout, original + "\n<p>第二版主页</p>\n");
            WaitFor(lines, watch, "Rebuilt", TimeSpan.FromMinutes(2));
            Assert.Contains("第二版主页", File.ReadAllText(home));
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill(entireProcessTree: true);
        }
    }

    private static Process Start(TempDir dir, out BlockingCollection<string> lines, string? theme = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var arg in new[] { Repo.Cli, "watch", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", theme ?? Repo.Theme, "--offline" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var received = lines = new BlockingCollection<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) received.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) received.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string WaitFor(BlockingCollection<string> lines, Process watch, string text, TimeSpan timeout) =>
        Next(lines, watch, text, timeout) ?? throw new Xunit.Sdk.XunitException($"no line with '{text}' within {timeout} (exited: {watch.HasExited})");

    /// <summary>The next output line containing <paramref name="text"/>, or null when none comes in time.</summary>
    private static string? Next(BlockingCollection<string> lines, Process watch, string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
            if (lines.TryTake(out var line, TimeSpan.FromMilliseconds(200)) && line.Contains(text, StringComparison.Ordinal))
                return line;
        return null;
    }
}
