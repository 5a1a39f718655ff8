using NewsArchive.Pipeline;

namespace NewsArchive.Tests.Support;

/// <summary>Builds a site from an input folder into a temp folder, the way the CLI does.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(string input, string output, string? theme = null) =>
        new BuildPipeline(new BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = theme ?? Repo.Theme,
            StrictTemplates = true,
        }).Run();

    /// <summary>Copies the sample archive (without caches) so a test can change it freely.</summary>
    public static void CopySampleInput(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Input, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Input, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
                continue;
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The sample archive built once per test run, shared read-only by the tests that look at it.</summary>
public sealed class SampleSite : IDisposable
{
    private readonly TempDir _dir = new();

    public SampleSite()
    {
        SiteBuilder.CopySampleInput(_dir.Combine("input"));
        Result = SiteBuilder.Build(_dir.Combine("input"), _dir.Combine("_site"));
    }

    public BuildResult Result { get; }
    public string Input => _dir.Combine("input");
    public string Output => _dir.Combine("_site");

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site";
}
