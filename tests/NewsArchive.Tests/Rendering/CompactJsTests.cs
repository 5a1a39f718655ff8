using System.Text;
using NewsArchive.Rendering;

namespace NewsArchive.Tests.Rendering;

public sealed class CompactJsTests
{
    [Theory]
    [InlineData("// why\nvar a = 1;\n\n  // more\n  if (a) {\n    a++; // kept: not a whole line\n  }\n", "var a = 1;\nif (a) {\na++; // kept: not a whole line\n}\n")]
    [InlineData("var s = 'a\\\n  // in a string';\n", "var s = 'a\\\n  // in a string';\n")]
    [InlineData("var t = `a\n  // in a template`;\n", "var t = `a\n  // in a template`;\n")]
    [InlineData("/* open\n// inside */\nvar a;\n", "/* open\n// inside */\nvar a;\n")]
    public void Whole_line_comments_indentation_and_blank_lines_go_unless_a_line_may_start_inside_a_string(string script, string served) =>
        Assert.Equal(served, Encoding.UTF8.GetString(CompactJs.Of(Encoding.UTF8.GetBytes(script))));

    [Fact]
    public void The_theme_s_scripts_keep_every_line_of_code_and_lose_their_comment_lines()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.Repo.Root, "theme", "assets", "js"), "*.js"))
        {
            var source = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));
            var served = Encoding.UTF8.GetString(CompactJs.Of(File.ReadAllBytes(file)));

            Assert.Equal(source, served.TrimEnd('\n').Split('\n'));
        }
    }
}
