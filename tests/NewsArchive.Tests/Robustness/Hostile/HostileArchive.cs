using System.Runtime.InteropServices;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness.Hostile;

/// <summary>
/// A seeded generator of adversarial archives: the sample archive plus a handful of tricks drawn from what a hostile
/// but honest user can put in an input folder (links in and out of it, devices, FIFOs, loops, huge sparse files, path
/// tricks). The same seed gives the same archive, so a failing case can be rebuilt from its seed alone.
/// </summary>
public sealed class HostileArchive
{
    /// <summary>Text only a file outside the input holds: it must never reach the site.</summary>
    public const string OutsideMarker = "这段文字在输入文件夹之外绝不能发表";

    private readonly Random _random;
    private readonly string _input;
    private readonly string _outside;
    private readonly List<string> _tricks = [];

    private HostileArchive(int seed, string input, string outside)
    {
        _random = new Random(seed);
        _input = input;
        _outside = outside;
    }

    /// <summary>What was done, for the failure message.</summary>
    public IReadOnlyList<string> Tricks => _tricks;

    /// <summary>Writes the archive into <paramref name="input"/>, with the files links may point at in <paramref name="outside"/>.</summary>
    public static HostileArchive Write(int seed, string input, string outside, int tricks = 6)
    {
        SiteBuilder.CopySampleInput(input);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), $"本报讯 {OutsideMarker}。\n");
        File.WriteAllText(Path.Combine(outside, "secret.yml"), "name_zh: " + OutsideMarker + "\nname_en: Outside\n");
        var archive = new HostileArchive(seed, input, outside);
        var all = Tricks_();
        for (var i = 0; i < tricks; i++)
        {
            var (name, apply) = all[archive._random.Next(all.Length)];
            if (apply(archive, i))
                archive._tricks.Add(name + " #" + i);
        }
        return archive;
    }

    private string Issue => Path.Combine(_input, "liaocheng-daily", "2022-12-17");

    private string PagePath(int i) => Path.Combine(Issue, $"page-{10 + i:00}.txt");

    private static (string Name, Func<HostileArchive, int, bool> Apply)[] Tricks_() =>
    [
        ("page linked to a file outside the input", (a, i) => Link(a.PagePath(i), Path.Combine(a._outside, "secret.txt"))),
        ("page linked to /dev/zero", (a, i) => Link(a.PagePath(i), "/dev/zero")),
        ("page linked to /dev/urandom", (a, i) => Link(a.PagePath(i), "/dev/urandom")),
        ("sidecar linked to /dev/zero", (a, i) => Link(Path.Combine(a.Issue, a.Pick("page-01.yml", "page-01.en.yml", "page-01.corrections.yml", "issue.yml")), "/dev/zero", replace: true)),
        ("paper.yml linked outside", (a, i) => Link(Path.Combine(a._input, "liaocheng-daily", "paper.yml"), Path.Combine(a._outside, "secret.yml"), replace: true)),
        ("page that is a FIFO", (a, i) => OperatingSystem.IsLinux() && Mkfifo(a.PagePath(i), 0x1A4) == 0),
        ("sidecar that is a FIFO", (a, i) => OperatingSystem.IsLinux() && !File.Exists(Path.Combine(a.Issue, "page-01.en.yml")) && Mkfifo(Path.Combine(a.Issue, "page-01.en.yml"), 0x1A4) == 0),
        ("folder linked outside", (a, i) => LinkFolder(Path.Combine(a._input, $"outside-paper-{i}"), a._outside)),
        ("folder linked to its parent (a loop)", (a, i) => LinkFolder(Path.Combine(a.Issue, $"loop-{i}"), a._input)),
        ("links in a loop", (a, i) => Link(a.PagePath(i), a.PagePath(i) + ".b.txt") && Link(a.PagePath(i) + ".b.txt", a.PagePath(i))),
        ("dangling link", (a, i) => Link(a.PagePath(i), Path.Combine(a._outside, "gone.txt"))),
        ("page linked to another page of the input", (a, i) => Link(a.PagePath(i), Path.Combine(a.Issue, "page-01.txt"))),
        ("sparse 2 GB page", (a, i) => Sparse(a.PagePath(i), 2L << 30)),
        ("sparse 2 GB sidecar", (a, i) => !File.Exists(Path.Combine(a.Issue, "page-01.en.yml")) && Sparse(Path.Combine(a.Issue, "page-01.en.yml"), 2L << 30)),
        ("name with a newline and an escape", (a, i) => Write(Path.Combine(a.Issue, $"{10 + i:00}-要\n闻\u001b[31m.txt"), "本报讯 市里召开会议。\n")),
        ("name of 250 bytes", (a, i) => Write(Path.Combine(a.Issue, $"{10 + i:00}-" + new string('版', 80) + ".txt"), "本报讯 市里召开会议。\n")),
        ("folder named like a site file", (a, i) => Write(Path.Combine(a._input, a.Pick("index.html", "search", "assets", "..."), $"2022-12-{10 + i:00}", "01.txt"), "本报讯 市里召开会议。\n")),
        ("empty and binary pages", (a, i) => Write(a.PagePath(i), "") && File.Exists(a.PagePath(i)) && WriteBytes(a.PagePath(i) + ".bin.txt", [0, 1, 2, 0xFF, 0xFE, 0])),
    ];

    private string Pick(params string[] options) => options[_random.Next(options.Length)];

    private static bool Link(string path, string target, bool replace = false)
    {
        if (replace && File.Exists(path)) File.Delete(path);
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) return false;
        File.CreateSymbolicLink(path, target);
        return true;
    }

    private static bool LinkFolder(string path, string target)
    {
        if (Directory.Exists(path)) return false;
        Directory.CreateSymbolicLink(path, target);
        return true;
    }

    private static bool Sparse(string path, long length)
    {
        if (File.Exists(path)) return false;
        using var stream = new FileStream(path, FileMode.CreateNew);
        stream.SetLength(length);
        return true;
    }

    private static bool Write(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    private static bool WriteBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) return false;
        File.WriteAllBytes(path, bytes);
        return true;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int Mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
