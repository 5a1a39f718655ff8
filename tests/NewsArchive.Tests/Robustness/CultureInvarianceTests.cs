using System.Diagnostics;
using System.Globalization;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>
/// The site is the same bytes whatever the machine's language and calendar: German's "." date separator, Thai's
/// Buddhist era, Arabic (Saudi Arabia's Umm al-Qura calendar), Turkish's dotless i, Swedish's minus sign.
/// </summary>
public sealed class CultureInvarianceTests
{
    public static TheoryData<string> Cultures() => ["de-DE", "th-TH", "ar-SA", "tr-TR", "sv-SE", "fa-IR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_build_under_another_culture_gives_the_same_bytes(string culture)
    {
        using var dir = new TempDir();
        // The sample and a synthetic archive of many issues (calendars, listings, charts, feeds, search files).
        foreach (var name in new[] { "a", "b" })
        {
            new NewsArchive.Synth.ArchiveGenerator(seed: 3, papers: 2).WriteArchive(dir.Combine(name), 120);
            SiteBuilder.CopySampleInput(dir.Combine(name, "input"));
        }
        SiteBuilder.Build(dir.Combine("a", "input"), dir.Combine("site-a"));

        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // CurrentCulture flows into the build's parallel work with the execution context.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            SiteBuilder.Build(dir.Combine("b", "input"), dir.Combine("site-b"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        AssertSameFiles(dir.Combine("site-a"), dir.Combine("site-b"), culture);
    }

    [Fact]
    public void The_command_gives_the_same_bytes_under_every_LANG()
    {
        using var dir = new TempDir();
        var cli = typeof(NewsArchive.Cli.Commands).Assembly.Location;
        string Build(string name, string? lang)
        {
            SiteBuilder.CopySampleInput(dir.Combine(name));
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { cli, "build", "--input", dir.Combine(name), "--output", dir.Combine(name + "-site"), "--theme", Repo.Theme, "--offline" })
                start.ArgumentList.Add(arg);
            foreach (var variable in new[] { "LANG", "LC_ALL", "LC_TIME", "LC_NUMERIC", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT" })
                start.Environment.Remove(variable);
            if (lang is not null)
                start.Environment["LANG"] = start.Environment["LC_ALL"] = lang;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), $"the build under {lang} did not end");
            Assert.True(process.ExitCode == 0, $"LANG={lang}: exit {process.ExitCode}: {stderr.Result}");
            return dir.Combine(name + "-site");
        }

        var reference = Build("c", "C.UTF-8");
        foreach (var lang in new[] { "de_DE.UTF-8", "th_TH.UTF-8", "ar_SA.UTF-8", "tr_TR.UTF-8" })
            AssertSameFiles(reference, Build(lang[..5], lang), lang);
    }

    private static void AssertSameFiles(string expected, string actual, string culture)
    {
        static SortedSet<string> Files(string root) =>
            new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')), StringComparer.Ordinal);
        var a = Files(expected);
        var b = Files(actual);
        Assert.True(a.SetEquals(b), $"{culture}: files differ: only invariant {string.Join(", ", a.Except(b).Take(5))}; only {culture} {string.Join(", ", b.Except(a).Take(5))}");
        foreach (var file in a)
        {
            var x = File.ReadAllBytes(Path.Combine(expected, file));
            var y = File.ReadAllBytes(Path.Combine(actual, file));
            if (!x.AsSpan().SequenceEqual(y))
            {
                var at = x.AsSpan().CommonPrefixLength(y);
                var context = System.Text.Encoding.UTF8.GetString(y.AsSpan(Math.Max(0, at - 60), Math.Min(120, y.Length - Math.Max(0, at - 60))));
                Assert.Fail($"{culture}: {file} differs at byte {at}: ...{context}...");
            }
        }
    }
}
