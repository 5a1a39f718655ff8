using System.Text;
using NewsArchive.Rendering;

namespace NewsArchive.Tests.Rendering;

/// <summary>Stylesheets and page scripts served minified (NUglify): smaller, the same every build, labels intact.</summary>
public sealed class MinifyAssetsTests
{
    private static string Css(string css) => Encoding.UTF8.GetString(MinifyAssets.Css(Encoding.UTF8.GetBytes(css)));

    [Theory]
    [InlineData("/* why */\n.a { color: red; }\n", "/* why */")]
    [InlineData("@media print {\n  .a { display: none; } /* hidden */\n}\n\n\n.b{color:blue}", "hidden")]
    public void Comments_and_layout_go(string css, string gone)
    {
        var served = Css(css);
        Assert.DoesNotContain(gone, served);
        Assert.DoesNotContain("\n", served);
    }

    [Theory]
    [InlineData(".a::before { content: \"/* not a comment */\"; }", "\"/* not a comment */\"")]
    [InlineData(".a::before { content: \"第\"; } .ui-en .a::before { content: \"Page \"; }", "\"Page \"")]
    public void Strings_stay_as_written(string css, string kept) => Assert.Contains(kept, Css(css));

    [Fact]
    public void The_served_stylesheet_keeps_every_label_and_is_the_same_every_build()
    {
        var site = Path.Combine(Support.Repo.Root, "theme", "assets", "css", "site.css");
        var labels = LabelStyles.Of(new ThemeTemplates(Support.Repo.Theme, NewsArchive.Rendering.Views.ViewTypes.All).Labels);
        byte[] source = [.. File.ReadAllBytes(site), .. Encoding.UTF8.GetBytes(labels)];

        var served = MinifyAssets.Css(source);

        Assert.True(served.Length < source.Length * 0.9, $"{served.Length} of {source.Length} bytes");
        Assert.Equal(served, MinifyAssets.Css(source));
        var text = Encoding.UTF8.GetString(served);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(labels, "content: (\"[^\"]*\")"))
            Assert.Contains(m.Groups[1].Value, text);
    }

    [Fact]
    public void The_theme_s_scripts_are_served_minified_the_same_way_every_build()
    {
        var source = File.ReadAllBytes(Path.Combine(Support.Repo.Root, "theme", "assets", "js", "site.js"));

        var served = MinifyAssets.Js(source);

        Assert.True(served.Length < source.Length * 0.7, $"{served.Length} of {source.Length} bytes");
        Assert.Equal(served, MinifyAssets.Js(source));
    }

    [Fact]
    public void A_file_it_cannot_read_is_served_as_written()
    {
        var broken = Encoding.UTF8.GetBytes("function ( {");
        Assert.Equal(broken, MinifyAssets.Js(broken));
    }
}
