namespace NewsArchive.Tests.Support;

/// <summary>Where tests leave files for people to look at (screenshots): $ARTIFACTS, else artifacts/ beside the test binaries.</summary>
public static class Artifacts
{
    public static string Directory(string name)
    {
        var root = Environment.GetEnvironmentVariable("ARTIFACTS") is { Length: > 0 } env ? env : Path.Combine(AppContext.BaseDirectory, "artifacts");
        var dir = Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}
