using NewsArchive.Search;
using NewsArchive.State;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.State;

/// <summary>The one file that says what the last build made its site from: read back as saved, or not at all.</summary>
public sealed class BuildStateFileTests
{
    private static BuildState Sample() => new(
        new Dictionary<string, string>(StringComparer.Ordinal) { ["p-2024-01-02-01-02"] = "k2", ["p-2024-01-02-01-01"] = "k1" },
        new RelatedLists("rk", new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["p-2024-01-02-01-01"] = ["p-2024-01-02-01-02"],
            ["p-2024-01-02-01-02"] = [],
        }),
        new ExportState("v|1", "ck", 4, new SortedDictionary<string, long>(StringComparer.Ordinal) { ["b"] = 12, ["t"] = 3 },
            [new ExportedDocument("20240102|p|001|001", "p-2024-01-02-01-01", "h1")], ["search/a.json", "search/x/0.json"]));

    [Fact]
    public void A_saved_state_is_read_back_whole()
    {
        using var dir = new TempDir();
        var path = dir.Combine("cache", "build-state.txt");

        BuildStateFile.Save(path, Sample());
        var loaded = BuildStateFile.Load(path);

        Assert.False(loaded.FirstBuild);
        Assert.Equal(Sample().Articles.OrderBy(kv => kv.Key), loaded.Articles.OrderBy(kv => kv.Key));
        Assert.Equal("rk", loaded.Related!.Key);
        Assert.Equal(["p-2024-01-02-01-02"], loaded.Related.Lists["p-2024-01-02-01-01"]);
        Assert.Empty(loaded.Related.Lists["p-2024-01-02-01-02"]);
        var export = loaded.Export!;
        Assert.Equal(("v|1", "ck", 4), (export.Version, export.ContentKey, export.Shards));
        Assert.Equal(Sample().Export!.Tokens, export.Tokens);
        Assert.Equal(Sample().Export!.Documents, export.Documents);
        Assert.Equal(Sample().Export!.Paths, export.Paths);
    }

    [Fact]
    public void A_state_without_related_lists_or_export_stays_without_them()
    {
        using var dir = new TempDir();
        var path = dir.Combine("build-state.txt");

        BuildStateFile.Save(path, Sample() with { Related = null, Export = null });
        var loaded = BuildStateFile.Load(path);

        Assert.False(loaded.FirstBuild);
        Assert.Equal(2, loaded.Articles.Count);
        Assert.Null(loaded.Related);
        Assert.Null(loaded.Export);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("magic")]
    [InlineData("garbage")]
    [InlineData("missing")]
    public void A_damaged_or_missing_state_is_no_state_and_the_build_is_a_first_build(string damage)
    {
        using var dir = new TempDir();
        var path = dir.Combine("build-state.txt");
        BuildStateFile.Save(path, Sample());
        var text = File.ReadAllText(path);
        switch (damage)
        {
            case "cut": File.WriteAllText(path, text[..(text.Length / 2)]); break;
            case "magic": File.WriteAllText(path, "newsarchive-build-state-0" + text[text.IndexOf('\n')..]); break;
            case "garbage": File.WriteAllText(path, text.Replace("articles 2", "articles two")); break;
            case "missing": File.Delete(path); break;
        }

        var loaded = BuildStateFile.Load(path);

        Assert.True(loaded.FirstBuild);
        Assert.Empty(loaded.Articles);
        Assert.True(loaded.ChangesTo(Sample().Articles).FirstBuild);
    }
}
