using System.Text;
using NewsArchive.Rendering;

namespace NewsArchive.Tests.Rendering;

public sealed class CompactCssTests
{
    [Theory]
    [InlineData("/* why */\n.a { color: red; }\n", ".a { color: red; }\n")]
    [InlineData("@media print {\n  .a { display: none; } /* hidden */\n}\n\n\n.b{}", "@media print {\n.a { display: none; } \n}\n.b{}")]
    [InlineData(".a::before { content: \"/* not a comment */\"; }", ".a::before { content: \"/* not a comment */\"; }")]
    [InlineData(".a::before { content: 'it\\'s /* still text'; } /* gone */", ".a::before { content: 'it\\'s /* still text'; } ")]
    [InlineData(".a { color: red; } /* never closed", ".a { color: red; } ")]
    public void Comments_indentation_and_blank_lines_go_and_strings_stay_as_written(string css, string served) =>
        Assert.Equal(served, Encoding.UTF8.GetString(CompactCss.Of(Encoding.UTF8.GetBytes(css))));

    [Fact]
    public void The_theme_s_stylesheets_lose_only_comments_and_layout()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.Repo.Root, "theme", "assets", "css"), "*.css"))
        {
            var source = File.ReadAllText(file);
            var served = Encoding.UTF8.GetString(CompactCss.Of(File.ReadAllBytes(file)));
            Assert.True(served.Length <= source.Length, file);
            // Every rule's text survives: what is left, without whitespace, is the source without comments and whitespace.
            static string Bare(string s) => string.Concat(System.Text.RegularExpressions.Regex.Replace(s, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline).Where(c => !char.IsWhiteSpace(c)));
            Assert.Equal(Bare(source), Bare(served));
        }
    }
}
