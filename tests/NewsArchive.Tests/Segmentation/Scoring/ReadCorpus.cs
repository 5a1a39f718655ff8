namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>
/// Finds the scored pages under a folder: tests/corpus/&lt;family&gt;/&lt;page&gt;/ (family from the path), or a flat
/// folder of pages such as the golden Pages/ (family = the folder's name). Sorted, so every run reads the same order.
/// </summary>
public static class ReadCorpus
{
    public static IReadOnlyList<CorpusPage> From(string root)
    {
        var pages = new List<CorpusPage>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (IsPage(dir))
            {
                pages.Add(CorpusPage.Read(dir, Path.GetFileName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar))));
                continue;
            }
            foreach (var page in Directory.GetDirectories(dir).Order(StringComparer.Ordinal).Where(IsPage))
                pages.Add(CorpusPage.Read(page, Path.GetFileName(dir)));
        }
        return pages;
    }

    /// <summary>The families named sealed in the corpus README: a list item "- held-out: name" per family.</summary>
    public static IReadOnlySet<string> HeldOut(string root)
    {
        var readme = Path.Combine(root, "README.md");
        if (!File.Exists(readme))
            return new HashSet<string>();
        return File.ReadLines(readme)
            .Where(l => l.StartsWith("- held-out: ", StringComparison.Ordinal))
            .Select(l => l["- held-out: ".Length..].Trim().Trim('`'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsPage(string dir) =>
        File.Exists(Path.Combine(dir, "page.txt")) && File.Exists(Path.Combine(dir, "expected.json"));
}
