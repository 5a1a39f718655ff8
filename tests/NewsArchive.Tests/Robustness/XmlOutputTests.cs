using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsArchive.Rendering;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>Characters XML 1.0 forbids, from pages or sidecars, never reach a feed, a sitemap or a page.</summary>
public sealed class XmlOutputTests
{
    private const string Issue = "input/test-daily/2023-05-04/";

    [Fact]
    public void Noncharacters_and_controls_from_pages_and_sidecars_leave_every_xml_and_html_file_valid()
    {
        using var dir = new TempDir();
        // Double-quoted YAML escapes put control characters into a sidecar's names and titles.
        dir.Write("input/test-daily/paper.yml", "name_zh: \"测试\\x01日报\\uFFFE\"\nname_en: \"Test\\x1B Daily\"\n");
        dir.Write(Issue + "01.txt", "市政府召开常务会议\uFFFE\n\n本报讯（记者 张三）5月3日，市政府召开\uFFFF常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n");
        dir.Write(Issue + "01.corrections.yml", "items:\n  1:\n    title: \"市政府\\x0B召开\\x08常务会议\\uFFFF\"\n");

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(0, result.ExitCode);
        var feed = dir.Combine("_site/test-daily/feed.xml");
        var xml = XDocument.Load(feed); // throws on a character XML 1.0 forbids
        Assert.Contains("市政府", xml.ToString());
        foreach (var file in Directory.EnumerateFiles(dir.Combine("_site"), "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var bad = text.FirstOrDefault(c => CleanXmlChars.Forbidden(c));
            Assert.True(bad == default(char), $"{file}: U+{(int)bad:X4}");
            foreach (Match reference in Regex.Matches(text, "&#(x[0-9A-Fa-f]+|[0-9]+);"))
            {
                var value = reference.Groups[1].Value;
                var codePoint = value[0] == 'x' ? Convert.ToInt32(value[1..], 16) : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.False(CleanXmlChars.Forbidden(codePoint), $"{file}: {reference.Value}");
            }
            if (file.EndsWith(".xml", StringComparison.Ordinal))
                XDocument.Load(file);
        }
    }

    [Theory]
    [InlineData("a\u0001b", "a\uFFFDb")]
    [InlineData("a\fb\vc", "a b c")]
    [InlineData("a\uFFFEb\uFFFF", "a\uFFFDb\uFFFD")]
    [InlineData("a&#1;b&#xFFFE;c&#x27;d&#20320;", "a\uFFFDb\uFFFDc&#x27;d&#20320;")]
    [InlineData("\t\n\r plain 中文 &amp; text", "\t\n\r plain 中文 &amp; text")]
    public void Forbidden_characters_and_references_are_replaced_and_the_rest_kept(string input, string expected)
    {
        Assert.Equal(expected, CleanXmlChars.Apply(input));
    }

    [Fact]
    public void A_lone_surrogate_is_replaced_and_a_pair_kept()
    {
        var input = "lone " + '\uD800' + " surrogate, pair \uD83D\uDE00 kept";

        Assert.Equal("lone \uFFFD surrogate, pair \uD83D\uDE00 kept", CleanXmlChars.Apply(input));
    }
}
