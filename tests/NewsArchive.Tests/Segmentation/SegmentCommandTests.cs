using System.Text.Json;
using NewsArchive.Cli;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Segmentation;

public sealed class SegmentCommandTests
{
    [Theory]
    [MemberData(nameof(TestPages.All), MemberType = typeof(TestPages))]
    public void Segment_json_has_the_documented_shape_and_the_expected_items(string page)
    {
        var (code, stdout, _) = Run("segment", Path.Combine(TestPages.Folder, page, "page.txt"), "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, json.GetProperty("leftovers").ValueKind);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(TestPages.Expected(page).GetProperty("items").GetArrayLength(), items.Count);
        foreach (var item in items)
        {
            Assert.Contains(item.GetProperty("kind").GetString(), new[] { "news", "photo", "feature", "commentary", "brief" });
            foreach (var nullable in new[] { "kicker", "title", "subtitle" })
                Assert.Contains(item.GetProperty(nullable).ValueKind, new[] { JsonValueKind.Null, JsonValueKind.String });
            foreach (var list in new[] { "reporters", "photographers", "paragraphs", "captions" })
                Assert.Equal(JsonValueKind.Array, item.GetProperty(list).ValueKind);
        }
    }

    [Fact]
    public void Segment_applies_the_corrections_next_to_the_page_and_names_a_bad_one()
    {
        using var dir = new TempDir();
        var page = dir.Write("page-01.txt", "春耕生产全面展开\n本报讯（记者 丁戊）昨日，某市举办\n招聘会，吸引众多求职者参加。\n");
        dir.Write("page-01.corrections.yml", "items:\n  1:\n    title: 校正后的标题\n");

        var (code, stdout, _) = Run("segment", page, "--json");

        Assert.Equal(0, code);
        Assert.Equal("校正后的标题", JsonDocument.Parse(stdout).RootElement.GetProperty("items")[0].GetProperty("title").GetString());

        dir.Write("page-01.corrections.yml", "items:\n  1:\n    title: [\n");
        var (badCode, badStdout, stderr) = Run("segment", page, "--json");

        Assert.Equal(1, badCode);
        Assert.Contains("page-01.corrections.yml", stderr);
        Assert.Equal("春耕生产全面展开", JsonDocument.Parse(badStdout).RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
