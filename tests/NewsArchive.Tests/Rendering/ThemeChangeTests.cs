using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Rendering;

/// <summary>All HTML comes from theme/: a designer edits a template or a label, rebuilds, and the site changes.</summary>
public sealed class ThemeChangeTests
{
    [Fact]
    public void Editing_a_template_and_a_label_in_a_copy_of_the_theme_changes_the_built_site()
    {
        using var dir = new TempDir();
        var theme = dir.Combine("theme");
        CopyFolder(Repo.Theme, theme);
        var article = Path.Combine(theme, "layouts", "article.liquid");
        File.WriteAllText(article, File.ReadAllText(article).Replace("<div class=story-body>", "<div class=story-body><p class=\"designer-note\">{{ article.paper.name_en }} · {{ article.id }}</p>"));
        var labels = Path.Combine(theme, "i18n.json");
        File.WriteAllText(labels, File.ReadAllText(labels).Replace("\"zh\": \"首页\", \"en\": \"Home\"", "\"zh\": \"回到首页\", \"en\": \"Front door\""));
        SiteBuilder.CopySampleInput(dir.Combine("input"));

        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"), theme);

        var html = File.ReadAllText(dir.Combine("_site", "liaocheng-daily", "2022", "12", "17", "01", "01.html"));
        Assert.Contains("<p class=\"designer-note\">Liaocheng Daily · liaocheng-daily-20221217-01-01</p>", html);
        Assert.Contains(">Front door</span>", html);
        Assert.Contains(">回到首页</span>", html);
        Assert.DoesNotContain(">Home</span>", html);
    }

    [Fact]
    public void A_theme_without_a_labels_file_fails_with_a_message_naming_it()
    {
        using var dir = new TempDir();
        var theme = dir.Combine("theme");
        CopyFolder(Repo.Theme, theme);
        File.Delete(Path.Combine(theme, "i18n.json"));

        var error = Assert.Throws<FileNotFoundException>(() => new NewsArchive.Rendering.ThemeTemplates(theme, NewsArchive.Rendering.Views.ViewTypes.All));
        Assert.Contains("i18n.json", error.Message);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
