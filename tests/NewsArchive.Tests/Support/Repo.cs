namespace NewsArchive.Tests.Support;

/// <summary>Paths of the checkout the tests run in.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The CLI as the test project's build copies it beside the tests, for tests that run it as a process.</summary>
    public static string Cli { get; } = Path.Combine(AppContext.BaseDirectory, "NewsArchive.Cli.dll");
    public static string SamplePage => Path.Combine(Input, "liaocheng-daily", "2022-12-17", "page-01.txt");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("tests must run inside the NewsArchive checkout");
    }
}
