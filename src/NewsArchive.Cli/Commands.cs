using System.CommandLine;

namespace NewsArchive.Cli;

/// <summary>The command line: build, watch, segment, search, translate. Exit codes: 0 all well, 1 input errors, 2 usage error.</summary>
public static class Commands
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var root = new RootCommand("NewsArchive: turns the text of Chinese newspaper pages into a bilingual, searchable static archive.")
        {
            BuildCommand.Create(stdout, stderr),
            WatchCommand.Create(stdout, stderr),
            SegmentCommand.Create(stdout, stderr),
            SearchCommand.Create(stdout, stderr),
            TranslateCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run with --help for usage.");
            return 2;
        }
        // No grace period on Ctrl-C: the build stops at once, and its staging folder (never the site) is what is left.
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null });
    }

    /// <summary>The theme a user gets: ./theme when run from a checkout, else the copy shipped beside the program.</summary>
    public static string DefaultTheme() =>
        Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}
