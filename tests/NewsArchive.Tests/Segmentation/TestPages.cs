using System.Text.Json;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Segmentation;

/// <summary>The test pages under tests/NewsArchive.Tests/Pages: page.txt and the truth in expected.json.</summary>
public static class TestPages
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages");

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetDirectories(Folder).Where(d => File.Exists(Path.Combine(d, "page.txt"))).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
            data.Add(name);
        return data;
    }

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name, "page.txt"));

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name, "expected.json"))).RootElement;
}
