using FsCheck;
using FsCheck.Fluent;
using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Corrections;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

/// <summary>
/// Property tests over what a hostile page or sidecar can hold (bylines with slashes and roles, brackets, markers,
/// YAML anchors and aliases): every case ends within its time budget, never throws, and keeps every character.
/// </summary>
public sealed class HostilePropertyTests
{
    private static readonly string[] Names = ["张三", "李四", "林金彦", "欧阳小明", "王", "赵", "A", "Li"];
    private static readonly string[] BylinePieces =
        ["记者", "本报记者", "通讯员", "实习生", "摄影", "摄", "文/", "图/", "摄/", "/文", "/图", "/", "／", "文／图", "文/图", "图/文",
         "1/2", "（", "）", "(", ")", "【", "】", "■", "□", "◎", " ", " ", "、", "，", "　"];
    private static readonly string[] ProsePieces =
        ["市政府召开常务会议", "研究部署城市建设工作", "。", "，", "“", "”", "本报讯", "（下转第4版）", "第3版", "2023年5月4日", "■", "—", "……", "12/3", "文/图"];

    private static Gen<string> Byline =>
        Gen.OneOf(Gen.Elements(BylinePieces), Gen.Elements(Names)).ArrayOf().Select(parts => string.Concat(parts));

    private static Gen<string> Line =>
        Gen.OneOf(Byline, Gen.Elements(ProsePieces).ArrayOf().Select(p => string.Concat(p)), Gen.Elements(Names));

    private static Gen<string> Page =>
        from lines in Line.ArrayOf()
        from breaks in Gen.Elements("\n", "\n\n", "\n", " ").ArrayOf()
        select string.Concat(lines.Select((l, i) => l + (breaks.Length == 0 ? "\n" : breaks[i % breaks.Length])));

    private static readonly string[] YamlPieces =
        ["items:\n", "  1:\n", "    title: ", "    reporters: [", "]", "{", "}", "split:\n", "  - ", "merge: [1]\n", "&a ", "*a", "&b ", "*b",
         "? ", ": ", "\"", "'", "\\x01", "\t", "\n", "标题", "null", "~", "- ", "kind: news\n", "!!str ", "%YAML 1.1\n", "---\n", "..."];

    private static Gen<string> Yaml => Gen.Elements(YamlPieces).ArrayOf().Select(parts => string.Concat(parts));

    /// <summary>The time one case may take; a case over it fails the property (and a runaway loop cannot hang the run).</summary>
    private static T WithinBudget<T>(Func<T> work, int milliseconds, string what) =>
        SegmentationBudgetTests.Within(work, Math.Max(1, milliseconds / 1000), what) is var result && result is not null ? result : result!;

    [Fact]
    public void Any_byline_is_read_within_its_budget_into_names_only()
    {
        Prop.ForAll(Byline.ToArbitrary(), byline =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var people = WithinBudget(() => ParseByline.Read(byline, plainNamesArePhotographers: false), 2000, $"byline '{byline}'");
            return clock.ElapsedMilliseconds < 2000
                && people.Reporters.Concat(people.Photographers).All(ParseByline.IsName)
                && people.Reporters.Concat(people.Photographers).All(name => byline.Replace(" ", "", StringComparison.Ordinal).Length >= name.Length);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Any_page_of_bylines_slashes_brackets_and_markers_is_segmented_within_budget_and_accounted_for()
    {
        Prop.ForAll(Page.ToArbitrary(), page =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = WithinBudget(() => PageSegmenter.Segment(page), 5000, "a page");
            return clock.ElapsedMilliseconds < 5000
                && TextAccounting.Check(page, result).Holds
                && result.Items.All(Fits);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Any_corrections_sidecar_is_read_within_budget_without_throwing()
    {
        Prop.ForAll(Yaml.ToArbitrary(), yaml =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (corrections, error) = WithinBudget(() => ReadCorrections.Parse(yaml), 2000, "a corrections sidecar");
            var aliases = yaml.Contains('*') || yaml.Contains('&');
            return clock.ElapsedMilliseconds < 2000 && (corrections is null) != (error is null) && (error is null || error.Line >= 0)
                && (!aliases || corrections is null || NoAliasUsed(yaml));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    // Found by the property above: a key that is itself a mapping (`? ? x`) was cast to a name and threw.
    [Theory]
    [InlineData("? ? \t")]
    [InlineData("items:\n  1:\n    ? [a]\n    : b\n")]
    [InlineData("? : \u0001")]
    public void A_corrections_sidecar_whose_key_is_not_a_name_is_an_error(string yaml)
    {
        var (corrections, error) = ReadCorrections.Parse(yaml);

        Assert.Null(corrections);
        Assert.NotNull(error);
    }

    [Fact]
    public void A_corrections_sidecar_with_an_anchor_or_alias_is_refused_with_its_position()
    {
        Prop.ForAll(Gen.Elements("&a ", "*a", "&b [1]", "? *a\n: 1\n").ToArbitrary(), Yaml.ToArbitrary(), (bomb, rest) =>
        {
            var yaml = "items:\n  1:\n    title: " + bomb + "\n" + rest;
            var (corrections, error) = WithinBudget(() => ReadCorrections.Parse(yaml), 2000, "an aliased sidecar");
            return corrections is null && error is not null && error.Line >= 1;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    // An anchor or alias the YAML reads as plain text (inside quotes, say) is no alias.
    private static bool NoAliasUsed(string yaml)
    {
        try
        {
            NewsArchive.Ingest.SidecarYaml.RefuseAliases(yaml);
            return true;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }

    private static bool Fits(SegmentedItem item) =>
        (item.Title?.Length ?? 0) <= FitFields.MaxTitle && (item.Byline?.Length ?? 0) <= FitFields.MaxByline
        && (item.Kicker?.Length ?? 0) <= FitFields.MaxKicker && (item.Subtitle?.Length ?? 0) <= FitFields.MaxSubtitle
        && (item.Dateline?.Length ?? 0) <= FitFields.MaxDateline
        && item.Reporters.Count <= FitFields.MaxPeople && item.Photographers.Count <= FitFields.MaxPeople;
}
