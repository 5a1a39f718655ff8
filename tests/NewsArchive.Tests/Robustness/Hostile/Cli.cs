using System.Diagnostics;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness.Hostile;

/// <summary>The real CLI as a process of its own (what a librarian runs), with a time limit.</summary>
internal static class Cli
{
    public sealed record Run(int Code, string Stdout, string Stderr, TimeSpan Elapsed);

    public static Run Build(TempDir dir, string? output = null, string? theme = null) =>
        Finish(Start(dir, output ?? dir.Combine("_site"), theme ?? Repo.Theme, "--offline"));

    public static Process Start(TempDir dir, params string[] more) => Start(dir, dir.Combine("_site"), Repo.Theme, more);

    private static Process Start(TempDir dir, string output, string theme, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var arg in new[] { Repo.Cli, "build", "--input", dir.Combine("input"), "--output", output, "--theme", theme }.Concat(more))
            start.ArgumentList.Add(arg);
        // Long enough for the other build to finish under a loaded machine's tests.
        start.Environment["NEWSARCHIVE_LOCK_WAIT_SECONDS"] = "60";
        var process = Process.Start(start)!;
        Watches[process.Id] = (Stopwatch.StartNew(), process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        return process;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, (Stopwatch Clock, Task<string> Out, Task<string> Err)> Watches = new();

    public static Run Finish(Process process)
    {
        var (clock, stdout, stderr) = Watches[process.Id];
        if (!process.WaitForExit((int)TimeSpan.FromSeconds(120).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the build did not finish within 120 s");
        }
        process.WaitForExit();
        Watches.TryRemove(process.Id, out _);
#pragma warning disable xUnit1031 // the process has exited: its streams are complete
        return new Run(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), clock.Elapsed);
#pragma warning restore xUnit1031
    }
}
