using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// Whole builds over random and mutated input trees (odd folder and file names, broken sidecars, pages in the
/// wrong encoding, truncated and bit-flipped pages, binary noise): the build never throws and never writes
/// outside its output folder (the report beside it and the input's cache excepted).
/// </summary>
public sealed class BuildFuzzTests
{
    static BuildFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] RealPages = Directory.GetDirectories(Path.Combine(Repo.Root, "tests/NewsArchive.Tests/Pages"))
        .Order(StringComparer.Ordinal).Select(d => File.ReadAllText(Path.Combine(d, "page.txt"))).ToArray();

    private static readonly string[] PaperNames =
        ["daily", "Test Daily", "测试日报", "a..b", "...", "..%2F..", "assets", "-", "　", "CON", "x\\..\\y", "C:", "<script>", "\u202Eevil",
         "日报😀", new string('长', 80), "paper.yml", "_private", ".hidden", "search", "%00", "a b c"];

    private static readonly string[] DateNames =
        ["2023-05-04", "2023-05-05", "2023-02-30", "0001-01-01", "9999-12-31", "unsorted", "2023-5-4", "...", "2024-02-29", "2023-13-01"];

    private static readonly string[] FileNames =
        ["01.txt", "02.txt", "page 03.txt", "..txt", "a..b.txt", "第3版 要闻.txt", "01.yml", "02.yml", "paper.yml", "issue.yml", "scan.pdf",
         "999999999.txt", "0.txt", ".hidden.txt", "01.corrections.yml", "20230504-04-经济.txt", "<b>.txt", "x:y.txt", "a\\b.txt", "..\\..\\evil.txt"];

    private static readonly string[] Yamls =
        ["name_zh: 测试日报\nname_en: Test Daily\n", "page: 2\nname: 要闻\n", "date: 2023-02-30\n", "date: 2023-05-04\n", "page: [\n", ": : :\n",
         "page: 99999999999\n", "name: '<script>alert(1)</script>'\n", "- a\n- b\n", "page: -1\n", "\t\tbad indent:\n  x", "date: !!binary AAAA\n", ""];

    private static Gen<byte[]> Content() => Gen.OneOf(
        Gen.Elements(RealPages).Select(Encoding.UTF8.GetBytes),
        Gen.Elements(RealPages).Select(p => Encoding.GetEncoding("GB18030").GetBytes(p)),
        Gen.Elements(RealPages).Select(p => Encoding.Unicode.GetBytes(p)),
        Gen.Elements(Yamls).Select(Encoding.UTF8.GetBytes),
        Gen.Constant(Array.Empty<byte>()),
        Gen.Constant(Encoding.UTF8.GetBytes(" \n\r\n\t　\f")),
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
        from page in Gen.Elements(RealPages)
        from cut in Gen.Choose(0, 2000)
        select Encoding.UTF8.GetBytes(page)[..Math.Min(cut, Encoding.UTF8.GetByteCount(page))],
        from page in Gen.Elements(RealPages)
        from flips in Gen.ListOf(from at in Gen.Choose(0, 4000) from value in Gen.Choose(0, 255) select (at, value))
        select Mutate(Encoding.UTF8.GetBytes(page), flips));

    private static byte[] Mutate(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        foreach (var (at, value) in flips)
            if (bytes.Length > 0) bytes[at % bytes.Length] = (byte)value;
        return bytes;
    }

    private static Gen<(string Path, byte[] Bytes)> Entry() =>
        from paper in Gen.Elements(PaperNames)
        from depth in Gen.Choose(0, 2)
        from date in Gen.Elements(DateNames)
        from file in Gen.Elements(FileNames)
        from bytes in Content()
        select (depth switch { 0 => $"{paper}/{file}", 1 => $"{paper}/{date}/{file}", _ => $"{paper}/{date}/{date}/{file}" }, bytes);

    private static Arbitrary<(string Path, byte[] Bytes)[]> Trees() =>
        Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Entry(), n)).ToArbitrary();

    [Property(MaxTest = 25)]
    public Property A_build_on_any_input_tree_never_throws_and_writes_only_inside_its_output() => Prop.ForAll(Trees(), tree =>
    {
        using var dir = new TempDir();
        foreach (var (path, bytes) in tree)
            dir.Write("input/" + path, bytes);
        dir.Write("outside.txt", "must stay");
        var before = Snapshot(dir.Path);

        var result = new BuildPipeline(new BuildOptions
        {
            InputDirectory = dir.Combine("input"),
            OutputDirectory = dir.Combine("out", "_site"),
            ThemeDirectory = Repo.Theme,
            Parallelism = 1,
        }).Run();

        var after = Snapshot(dir.Path);
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var hash) || hash != kv.Value).Select(kv => kv.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
            .Where(p => !p.StartsWith("out/_site/", StringComparison.Ordinal) && p != "out/_site.build-report.json" && p != "out/._site.lock" && !p.StartsWith("input/.cache/", StringComparison.Ordinal))
            .ToList();
        Assert.True(changed.Count == 0, "written outside the output: " + string.Join(", ", changed));
        var site = dir.Combine("out", "_site");
        Assert.All(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories), f => Assert.NotNull(SitePath.Resolve(site, Path.GetRelativePath(site, f))));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.InRange(result.ExitCode, 0, 1);
        Assert.Equal(["._site.lock", "_site", "_site.build-report.json"], Directory.EnumerateFileSystemEntries(dir.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    });

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
