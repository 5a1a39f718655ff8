using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Ingest;

/// <summary>
/// Turns a paper's folder name into the first segment of its URLs. Folder names come from whoever copied the
/// files (spaces, capitals, full-width characters, dots); the slug keeps only letters and digits (Chinese
/// included) joined by hyphens, so it can never be "..", hold a separator, or collide with the site's own folders.
/// </summary>
public static class PaperSlug
{
    private const int MaxLength = 60;

    // Top-level names the site itself uses (listings, search, assets, its own pages); a paper named so gets a suffix.
    private static IReadOnlySet<string> Reserved => Rendering.SiteLayout.TopLevelNames;

    public static string From(string folderName)
    {
        var normalized = folderName.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var slug = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
                slug.Append(rune.ToString());
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= MaxLength)
                break;
        }
        var result = slug.ToString().Trim('-');
        if (result.Length == 0)
            result = "paper-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folderName)))[..8];
        return Reserved.Contains(result) ? result + "-paper" : result;
    }
}
