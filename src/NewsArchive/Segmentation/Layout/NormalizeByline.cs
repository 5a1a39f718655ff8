using System.Text.RegularExpressions;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// The byline as printed, tidied: its lines joined (a line break inside a name joins with nothing), letter
/// spacing closed, whitespace collapsed to single spaces and a space after each role word
/// (<c>（ 记 者 张 小 三）</c> reads <c>（记者 张小三）</c>).
/// </summary>
public static partial class NormalizeByline
{
    public static string Apply(IEnumerable<string> lines)
    {
        var parts = lines.Select(l => JoinLetterSpacing.Apply(l.Trim())).Where(l => l.Length > 0).ToList();
        var text = "";
        foreach (var part in parts)
        {
            var startsWithRole = ParseByline.Roles.Any(r => part.StartsWith(r, StringComparison.Ordinal)) || part.StartsWith("图/", StringComparison.Ordinal);
            text = text.Length == 0 ? part : text + (startsWithRole ? " " : "") + part;
        }
        text = JoinLetterSpacing.Apply(text);
        text = Spaces().Replace(text, " ");
        text = RoleBefore().Replace(text, "$1 $2");
        text = RoleAfter().Replace(text, "$1 $2");
        text = Regex.Replace(text, @"([（(])\s+", "$1");
        text = Regex.Replace(text, @"\s+([）)])", "$1");
        return text.Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}])(本报记者|见习记者|实习记者|特约记者|通讯员|实习生)")]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"(本报记者|见习记者|实习记者|特约记者|(?<!本报|见习|实习|特约)记者|通讯员|实习生)([\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex RoleAfter();
}
