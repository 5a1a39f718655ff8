using System.Diagnostics;
using NewsArchive.Cli;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// Issue 21's data-loss failures, each through the real CLI on real files: a build deletes only what an earlier build
/// wrote, refuses folders it would damage, never reads through links out of the input or from devices, runs one at a
/// time, mends damaged caches, and says plainly when the disk is full.
/// </summary>
public sealed class DataSafetyTests
{
    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Stdout, string Stderr) Build(TempDir dir, string output, params string[] more) =>
        Cli(["build", "--input", dir.Combine("input"), "--output", output, "--theme", Repo.Theme, "--offline", .. more]);

    [Fact]
    public void Output_set_to_the_input_or_inside_it_or_around_it_is_refused_and_nothing_is_touched()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var before = Snapshot.Of(dir.Path);
        foreach (var output in new[] { dir.Combine("input"), dir.Combine("input", "_site"), dir.Path, "/" })
        {
            var (code, _, stderr) = Build(dir, output);
            Assert.Equal(2, code);
            Assert.Contains("output folder", stderr);
        }
        Assert.Equal(before, Snapshot.Of(dir.Path));
    }

    [Fact]
    public void A_folder_holding_someone_elses_files_is_refused_like_a_project_root()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("project/README.md", "# notes\n");
        dir.Write("project/src/Program.cs", "class P {}\n");
        var before = Snapshot.Of(dir.Path);

        var (code, _, stderr) = Build(dir, dir.Combine("project"));

        Assert.Equal(2, code);
        Assert.Contains("README.md", stderr);
        Assert.Equal(before, Snapshot.Of(dir.Path));
    }

    [Fact]
    public void A_rebuild_deletes_only_files_a_build_wrote_and_keeps_what_others_put_in_the_site()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯 市政府召开常务会议。\n");
        Assert.Equal(0, Build(dir, dir.Combine("_site")).Code);
        Assert.True(File.Exists(dir.Combine("_site", SiteOwnership.FileName)));
        dir.Write("_site/CNAME", "archive.example.org\n");
        dir.Write("_site/test-daily/notes.txt", "a note someone keeps beside the pages\n");
        File.Delete(dir.Combine("input/test-daily/2023-05-04/01.txt"));

        var (code, _, _) = Build(dir, dir.Combine("_site"));

        Assert.Equal(0, code);
        Assert.False(File.Exists(dir.Combine("_site/test-daily/2023/05/04/01/01.html")), "the dropped page's file stays");
        Assert.Equal("archive.example.org\n", File.ReadAllText(dir.Combine("_site/CNAME")));
        Assert.True(File.Exists(dir.Combine("_site/test-daily/notes.txt")));
    }

    [Fact]
    public void A_site_built_before_manifests_is_recognised_and_adopted()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        Assert.Equal(0, Build(dir, dir.Combine("_site")).Code);
        // The earlier version's site: no manifest, a stale page in a folder the build writes, a file of someone's at the top.
        File.Delete(dir.Combine("_site", SiteOwnership.FileName));
        dir.Write("_site/liaocheng-daily/2022/12/17/09/01.html", "<p>a page of an older build</p>");
        dir.Write("_site/CNAME", "archive.example.org\n");

        var (code, _, stderr) = Build(dir, dir.Combine("_site"));

        Assert.True(code == 0, stderr);
        Assert.False(File.Exists(dir.Combine("_site/liaocheng-daily/2022/12/17/09/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/CNAME")));
        Assert.DoesNotContain("CNAME", File.ReadAllText(dir.Combine("_site", SiteOwnership.FileName)));
    }

    [Fact]
    public void Links_out_of_the_input_devices_and_fifos_are_skipped_with_a_message_and_never_read()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var secret = dir.Write("elsewhere/secret.txt", "本报讯 这段文字不在输入文件夹里，绝不能发表出来。\n");
        var issue = dir.Combine("input/liaocheng-daily/2022-12-17");
        File.CreateSymbolicLink(Path.Combine(issue, "page-05.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(issue, "page-06.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(issue, "page-01.en.yml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(issue, "page-01.corrections.yml"), "/dev/zero");
        File.Delete(dir.Combine("input/liaocheng-daily/paper.yml"));
        File.CreateSymbolicLink(dir.Combine("input/liaocheng-daily/paper.yml"), "/dev/zero");
        File.CreateSymbolicLink(dir.Combine("input/newsarchive.yml"), "/dev/zero");
        Assert.Equal(0, Mkfifo(Path.Combine(issue, "page-07.txt"), 0x1A4));
        var before = Snapshot.Of(dir.Combine("input"), except: ".cache");

        var clock = Stopwatch.StartNew();
        var (code, stdout, stderr) = Build(dir, dir.Combine("_site"));

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the build hung on a device or a FIFO");
        Assert.Equal(1, code);
        Assert.Contains("page-05.txt: warning: ignored: a symbolic link", stdout);
        Assert.Contains("page-06.txt: warning: ignored: a symbolic link to '/dev/zero'", stdout);
        Assert.Contains("page-07.txt: error: cannot read page: not a regular file but a FIFO", stderr);
        Assert.Contains("page-01.en.yml: error:", stderr);
        Assert.Contains("page-01.corrections.yml: error: cannot read the corrections", stderr);
        Assert.Contains("newsarchive.yml: error:", stderr);
        Assert.Contains("liaocheng-daily/paper.yml", stdout + stderr);
        Assert.DoesNotContain("绝不能发表", string.Concat(Directory.EnumerateFiles(dir.Combine("_site"), "*", SearchOption.AllDirectories).Select(File.ReadAllText)));
        Assert.True(File.Exists(dir.Combine("_site/liaocheng-daily/2022/12/17/01/01.html")), "the rest of the archive still builds");
        Assert.Equal(before, Snapshot.Of(dir.Combine("input"), except: ".cache"));
    }

    [Fact]
    public void A_page_over_the_limit_is_refused_on_the_bytes_read_even_when_its_size_is_not_reported()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        // The device itself, as if the input were /dev: it reports no length and never ends, yet is never read.
        var read = NewsArchive.Ingest.InputFiles.Read("/dev/zero", "/dev", 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("character device", read.Error);
        var big = dir.Write("input/big.txt", new byte[5000]);
        Assert.True(NewsArchive.Ingest.InputFiles.Read(big, dir.Combine("input"), 1024).TooBig);
    }

    [Fact]
    public void A_second_build_while_one_holds_the_output_exits_2_naming_the_process()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var options = new BuildOptions { InputDirectory = dir.Combine("input"), OutputDirectory = dir.Combine("_site") };
        using (FolderLock.Take(BuildPipeline.OutputLockPath(options), "the output", TimeSpan.Zero))
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Repo.Cli, "build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--theme", Repo.Theme, "--offline" })
                start.ArgumentList.Add(arg);
            start.Environment["NEWSARCHIVE_LOCK_WAIT_SECONDS"] = "0.5";
            using var second = Process.Start(start)!;
            _ = second.StandardOutput.ReadToEndAsync();
            var stderr = second.StandardError.ReadToEnd();
            Assert.True(second.WaitForExit(120_000));
            Assert.Equal(2, second.ExitCode);
            Assert.Contains($"held by process {Environment.ProcessId}", stderr);
            Assert.False(Directory.Exists(dir.Combine("_site")));
        }
        // Released: the next build goes ahead.
        Assert.Equal(0, Build(dir, dir.Combine("_site")).Code);
    }

    [Fact]
    public void A_damaged_search_index_is_rebuilt_with_one_warning_and_clean_rebuilds_every_cache()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        Assert.Equal(0, Build(dir, dir.Combine("_site")).Code);
        Assert.Equal(0, Build(dir, dir.Combine("fresh")).Code);
        var page = dir.Combine("input/liaocheng-daily/2022-12-17/page-01.txt");
        foreach (var clean in new[] { false, true })
        {
            foreach (var file in Directory.EnumerateFiles(dir.Combine("input/.cache/search-index"), "*.cfs"))
                using (var stream = new FileStream(file, FileMode.Open))
                    stream.SetLength(stream.Length / 2);
            File.AppendAllText(page, clean ? "本报讯 再补一段文字。\n" : "本报讯 补一段文字。\n");

            var (code, stdout, stderr) = Build(dir, dir.Combine("_site"), clean ? ["--clean"] : []);

            Assert.True(code == 0, stderr);
            if (!clean)
                Assert.Single(stdout.Split('\n'), l => l.Contains("search index cache could not be read", StringComparison.Ordinal));
            // The same site as a build from nothing.
            Directory.Delete(dir.Combine("fresh"), recursive: true);
            var cache = dir.Combine("input/.cache");
            Directory.Move(cache, cache + "-kept");
            Assert.Equal(0, Build(dir, dir.Combine("fresh")).Code);
            Directory.Delete(cache, recursive: true);
            Directory.Move(cache + "-kept", cache);
            Assert.Equal(Snapshot.Of(dir.Combine("fresh")), Snapshot.Of(dir.Combine("_site")));
        }
    }

    [Fact]
    public void Two_outputs_in_one_folder_keep_a_report_each()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        Assert.Equal(0, Build(dir, dir.Combine("a")).Code);
        Assert.Equal(0, Build(dir, dir.Combine("b")).Code);
        Assert.Contains(dir.Combine("a"), File.ReadAllText(dir.Combine("a.build-report.json")));
        Assert.Contains(dir.Combine("b"), File.ReadAllText(dir.Combine("b.build-report.json")));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int Mkfifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);
}
