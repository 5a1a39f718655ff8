using System.Text.RegularExpressions;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Reads the people out of a byline or credit: <c>（记者 X 通讯员 Y）</c>, <c>■ 文/图 本报记者 X</c>,
/// <c>文/本报记者 X 图/通讯员 Y</c>, <c>■ 本报记者 X 通讯员 Y 摄</c>, <c>□ 叶 青</c>. Role words are dropped,
/// the padding space of two-character names is closed.
/// </summary>
public static partial class ParseByline
{
    public sealed record People(IReadOnlyList<string> Reporters, IReadOnlyList<string> Photographers);

    /// <summary>Role words, longest first so 本报记者 wins over 记者.</summary>
    public static readonly string[] Roles =
    [
        "本报特约记者", "本报评论员", "本报通讯员", "本报记者", "特约评论员", "特约记者", "见习记者", "实习记者", "融媒记者", "全媒体记者",
        "首席记者", "评论员", "通讯员", "实习生", "记者", "作者", "摄影", "撰文",
    ];

    /// <summary>Who wrote it and who took the pictures; <paramref name="plainNamesArePhotographers"/> decides a bare ■ X.</summary>
    public static People Read(string byline, bool plainNamesArePhotographers)
    {
        var text = Markers().Replace(byline, " ");
        text = text.Replace("文／图", "文/图").Replace('／', '/');
        var reporters = new List<string>();
        var photographers = new List<string>();
        var both = text.Contains("文/图") || text.Contains("图/文");
        var endsWithShot = Regex.IsMatch(text.TrimEnd(), @"(摄|摄影)\s*$");
        var names = new List<(string Name, string Mode)>();
        var mode = "";
        foreach (var token in Tokens(text))
        {
            switch (token)
            {
                case "文/图" or "图/文":
                    mode = "both";
                    continue;
                case "文/":
                    mode = "text";
                    continue;
                case "图/":
                    mode = "picture";
                    continue;
                case "摄" or "摄影":
                    continue;
                case "/文" or "/图" or "/摄" or "/摄影" or "/文图" or "/图文":
                    // A role after the name (林金彦/文) sets the mode of the name just read.
                    if (names.Count > 0)
                        names[^1] = (names[^1].Name, token is "/文" ? "text" : token is "/文图" or "/图文" ? "both" : "picture");
                    continue;
            }
            names.Add((token, mode));
        }
        foreach (var (name, m) in names)
        {
            if (both || m == "both")
            {
                reporters.Add(name);
                photographers.Add(name);
            }
            else if (m == "picture" || (m == "" && (endsWithShot || plainNamesArePhotographers)))
                photographers.Add(name);
            else
                reporters.Add(name);
        }
        return new People(reporters.Distinct().ToList(), photographers.Distinct().ToList());
    }

    /// <summary>Names and 文/ 图/ markers in print order; consecutive single characters form one name.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var raw = new List<string>();
        foreach (var part in Regex.Split(text, @"[\s、，,;；]+").Where(p => p.Length > 0))
        {
            var rest = part;
            while (rest.Length > 0)
            {
                SegmentationBudget.Step();
                var marker = Regex.Match(rest, @"^(文/图|图/文|文/|图/|摄影/|摄/)");
                if (marker.Success)
                {
                    // 摄/ X credits X's pictures, as 图/ X does.
                    raw.Add(marker.Value.StartsWith('摄') ? "图/" : marker.Value);
                    rest = rest[marker.Length..];
                    continue;
                }
                var role = Roles.FirstOrDefault(r => rest.StartsWith(r, StringComparison.Ordinal));
                if (role is not null)
                {
                    raw.Add("\0role");
                    rest = rest[role.Length..];
                    continue;
                }
                var cut = rest.IndexOfAny(['/', '／']);
                var shot = rest.EndsWith('摄') && rest.Length > 1 ? rest.Length - 1 : -1;
                // Every branch below consumes at least one character, so the loop ends on any text.
                if (cut == 0)
                {
                    rest = rest[1..];
                    continue;
                }
                if (cut > 0)
                {
                    // 张三文/图: the name ends before the 文/ or 图/ marker it runs into.
                    if (cut > 1 && rest[cut - 1] is '文' or '图')
                    {
                        raw.Add(rest[..(cut - 1)]);
                        rest = rest[(cut - 1)..];
                        continue;
                    }
                    // 林金彦/文, 李四/图, 李四/摄: the role follows the name after the slash.
                    raw.Add(rest[..cut]);
                    var after = rest[(cut + 1)..];
                    if (after is "文" or "图" or "摄" or "摄影" or "文图" or "图文")
                    {
                        raw.Add("/" + after);
                        break;
                    }
                    rest = after;
                    continue;
                }
                if (shot > 0)
                {
                    raw.Add(rest[..shot]);
                    raw.Add("摄");
                    break;
                }
                raw.Add(rest);
                break;
            }
        }
        var merged = new List<string>();
        string? pending = null;
        foreach (var t in raw)
        {
            if (t.Length == 1 && t != "摄" && IsNameChar(t[0]))
            {
                pending = (pending ?? "") + t;
                continue;
            }
            if (pending is not null)
            {
                merged.Add(pending);
                pending = null;
            }
            if (t != "\0role")
                merged.Add(t);
        }
        if (pending is not null)
            merged.Add(pending);
        return merged.Where(t => t is "文/图" or "图/文" or "文/" or "图/" or "摄" or "摄影" || t.StartsWith('/') || IsName(t));
    }

    private static bool IsNameChar(char c) => Chinese.IsHan(c) || char.IsLetter(c);

    /// <summary>A person's name: up to six letters or Han characters (compound surnames, minority names, 小乔).</summary>
    public static bool IsName(string token) => token.Length is >= 2 and <= 6 && token.All(c => IsNameChar(c) || c == '·');

    [GeneratedRegex(@"[■□◎●○▲△◆◇★☆（）()【】\[\]〔〕]")]
    private static partial Regex Markers();
}
