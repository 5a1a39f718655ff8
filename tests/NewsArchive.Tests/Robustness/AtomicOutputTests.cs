using System.Diagnostics;
using System.Security.Cryptography;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Rendering;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// A build that fails, or is killed (SIGKILL, Ctrl-C) while it writes, leaves the previous site intact and complete;
/// one killed while moving its files in is finished by the next; a normal rebuild touches only what changed.
/// </summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public void A_build_interrupted_or_killed_while_writing_leaves_the_previous_site_intact()
    {
        using var dir = new TempDir();
        MakeBigInput(dir.Combine("input"), issues: 20);
        dir.CopyIn(Repo.Theme, "theme");
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"), dir.Combine("theme"));
        var before = Tree(dir.Combine("_site"));
        AssertComplete(dir.Combine("_site"));

        // A changed layout: every page is rendered and written again (the input's caches make the rest quick), so
        // the build is caught in the middle of writing.
        var layout = dir.Combine("theme/layouts/_base.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- second edition -->\n</body>", StringComparison.Ordinal));
        string? previousStaging = null;
        // A shell's background job starts with SIGINT ignored, and so does every build it starts: Ctrl-C cannot reach them.
        foreach (var signal in InterruptIgnored() ? new[] { "KILL" } : ["INT", "KILL"])
        {
            using var build = StartCli(dir);
            var staging = WaitForStagingFiles(dir, build, atLeast: 20, except: previousStaging);
            Signal(build, signal);
            Assert.True(build.WaitForExit(60_000), $"the build did not stop on SIG{signal}");

            Assert.True(Directory.Exists(staging), $"SIG{signal}: the build was not interrupted while writing");
            Assert.Equal(before, Tree(dir.Combine("_site")));
            AssertComplete(dir.Combine("_site"));
            // A new build removes the staging folder the dead one left.
            Assert.True(previousStaging is null || !Directory.Exists(previousStaging));
            previousStaging = staging;
        }

        var next = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"), dir.Combine("theme"));
        Assert.Equal(0, next.ExitCode);
        Assert.Equal(["._site.lock", "_site", "_site.build-report.json", "input", "theme"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("second edition", File.ReadAllText(dir.Combine("_site/big-daily/2021/01/05/01/index.html")));
        AssertComplete(dir.Combine("_site"));
    }

    [Fact]
    public void A_build_that_fails_midway_leaves_the_previous_site_intact()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        var before = Tree(dir.Combine("_site"));
        // A theme that lost its article template fails after the home, issue and page files are written.
        dir.CopyIn(Repo.Theme, "theme");
        File.Delete(dir.Combine("theme/layouts/article.liquid"));
        dir.Write("input/liaocheng-daily/2022-12-17/page-02.txt", "本报讯 第二版的文字。\n");

        Assert.ThrowsAny<Exception>(() => SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"), dir.Combine("theme")));

        Assert.Equal(before, Tree(dir.Combine("_site")));
        Assert.Equal(["._site.lock", "_site", "_site.build-report.json", "input", "theme"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rebuild_leaves_unchanged_files_alone_replaces_changed_ones_removes_dropped_ones_and_keeps_a_git_folder()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯 市政府召开常务会议。\n");
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        dir.Write("_site/.git/HEAD", "ref: refs/heads/gh-pages\n");
        var sample = dir.Combine("_site/liaocheng-daily/2022/12/17/01/01.html");
        var changed = dir.Combine("_site/test-daily/2023/05/04/01/01.html");
        var (sampleId, sampleTime) = (FileId(sample), File.GetLastWriteTimeUtc(sample));

        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯 市政府召开全体会议。\n");
        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((sampleId, sampleTime), (FileId(sample), File.GetLastWriteTimeUtc(sample)));
        Assert.Contains("全体会议", File.ReadAllText(changed));
        // The article, its page, issue and listings change; the sample's hundreds of files do not.
        Assert.InRange(result.Report.Counters["files written"], 1, result.Report.Counters["files"] / 4);
        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(dir.Combine("_site/.git/HEAD")));
        Assert.Equal(["._site.lock", "_site", "_site.build-report.json", "input"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // A paper taken out of the input leaves the site with its folders (every page's paper menu changes too).
        Directory.Delete(dir.Combine("input/test-daily"), recursive: true);
        var dropped = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        Assert.Equal(0, dropped.ExitCode);
        Assert.False(Directory.Exists(dir.Combine("_site/test-daily")));
        Assert.True(dropped.Report.Counters["files removed"] > 0);
        Assert.True(File.Exists(sample));
        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(dir.Combine("_site/.git/HEAD")));
    }

    [Fact]
    public void A_build_that_died_while_moving_its_files_in_is_finished_by_the_next()
    {
        using var dir = new TempDir();
        dir.Write("site/index.html", "old home");
        dir.Write("site/gone/only.html", "a page the dead build no longer made");
        dir.Write("site/moved.html", "new, moved before the process died");
        dir.Write(".site.staging-999999999-1/deep/new.html", "new, still waiting");
        dir.Write(".site.staging-999999999-1/index.html", "new home");
        dir.Write(".site.commit-999999999-1", ".site.staging-999999999-1\nM deep/new.html\nM index.html\nM moved.html\nD gone/only.html\n");
        dir.Write(".site.staging-999999999-2/index.html", "half of a build that never committed");

        new WriteSite(dir.Combine("site"), new BuildReport()).Abandon();

        Assert.Equal(["deep/new.html", "index.html", "moved.html"], Directory.EnumerateFiles(dir.Combine("site"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir.Combine("site"), f)).Order(StringComparer.Ordinal));
        Assert.Equal("new home", File.ReadAllText(dir.Combine("site/index.html")));
        Assert.Equal("new, still waiting", File.ReadAllText(dir.Combine("site/deep/new.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("a/../../outside.html")]
    [InlineData("/tmp/outside.html")]
    [InlineData("..")]
    [InlineData("a/./b.html")]
    [InlineData("a//b.html")]
    [InlineData("a\\..\\..\\outside.html")]
    [InlineData("C:/outside.html")]
    [InlineData("")]
    [InlineData("a/b\n.html")]
    public void A_path_that_would_leave_the_site_is_refused_and_reported(string path)
    {
        using var dir = new TempDir();
        var report = new BuildReport();
        var writer = new WriteSite(dir.Combine("x", "site"), report);

        Assert.Null(writer.Write(new SiteFile(path, "<p>x</p>"u8.ToArray())));
        Assert.NotNull(writer.Write(new SiteFile("index.html", "<p>ok</p>"u8.ToArray())));
        writer.Commit();

        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("refused to write"));
        Assert.Equal(["x/site/.newsarchive-site", "x/site/index.html"], Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir.Path, f)).Order(StringComparer.Ordinal));
    }

    private static void MakeBigInput(string input, int issues)
    {
        var pages = Directory.GetDirectories(Path.Combine(Repo.Root, "tests/NewsArchive.Tests/Pages")).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < issues; i++)
        {
            var date = new DateOnly(2021, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            for (var p = 0; p < pages.Count; p++)
            {
                var target = Path.Combine(input, "big-daily", date, $"{p + 1:00}.txt");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(pages[p], "page.txt"), target);
            }
        }
    }

    private static Process StartCli(TempDir dir)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var arg in new[] { Repo.Cli, "build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", dir.Combine("theme") })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Polls on this thread, not with awaited delays: while other tests keep the thread pool busy, a continuation can
    /// wait longer than the whole build takes.
    /// </summary>
    private static string WaitForStagingFiles(TempDir dir, Process build, int atLeast, string? except)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(build.HasExited, "the build ended before it could be interrupted: make the input bigger");
            foreach (var staging in Directory.EnumerateDirectories(dir.Path, "._site.staging-*").Where(d => d != except))
            {
                try
                {
                    if (Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(atLeast).Count() >= atLeast)
                        return staging;
                }
                catch (DirectoryNotFoundException) { }
            }
            Thread.Sleep(5);
        }
        throw new TimeoutException("the build never started writing");
    }

    private static void Signal(Process process, string signal)
    {
        if (signal == "KILL")
        {
            process.Kill();
            return;
        }
        // Sent from here rather than by starting kill(1), which under load can take longer than the rest of the build.
        Assert.Equal("INT", signal);
        Assert.Equal(0, Kill(process.Id, SigInt));
    }

    private const int SigInt = 2;

    private static bool InterruptIgnored() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (SigInt - 1))) != 0;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Every internal link of every page resolves to a file of the site: the site is usable, not just present.</summary>
    private static void AssertComplete(string site)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var link in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var url = link.GetAttribute("href") ?? link.GetAttribute("src")!;
                if (url.Contains(':') || url.StartsWith('#')) continue;
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(url.Split('#', '?')[0])));
                Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "index.html")), $"{Path.GetRelativePath(site, page)} links to missing {url}");
            }
        }
    }

    private static SortedDictionary<string, string> Tree(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private static (long Inode, long Length) FileId(string path)
    {
        var info = new FileInfo(path);
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = long.Parse(stat.StandardOutput.ReadToEnd().Trim(), System.Globalization.CultureInfo.InvariantCulture);
        stat.WaitForExit();
        return (inode, info.Length);
    }
}
