using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Rendering;

/// <summary>
/// File names for reporters and keywords. Names keep their own characters (a Chinese file name works on
/// GitHub Pages and from disk); anything that is not a letter, digit or name dot becomes '-', and two names
/// that would share a file name are told apart by a short hash of the name, so a URL never depends on order. A
/// name whose file would be the listing's own index page (<c>index</c>, <c>../../index</c>) is told apart the same way.
/// </summary>
public sealed class TermSlugs
{
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);

    public TermSlugs(IEnumerable<string> names)
    {
        var byBase = names.Distinct(StringComparer.Ordinal).GroupBy(Base, StringComparer.Ordinal);
        foreach (var group in byBase)
        {
            var shared = group.Skip(1).Any();
            foreach (var name in group)
                _slugs[name] = shared || group.Key.Length == 0 || group.Key == SiteLayout.ListingIndex ? Hashed(group.Key, name) : group.Key;
        }
    }

    public string this[string name] => _slugs[name];

    private static string Base(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
            sb.Append(char.IsLetterOrDigit(c) || c == '·' ? char.ToLowerInvariant(c) : '-');
        var slug = sb.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60] : slug;
    }

    private static string Hashed(string baseSlug, string name)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return baseSlug.Length == 0 ? hash : $"{baseSlug}-{hash}";
    }
}
