using System.Text;

namespace NewsArchive.Rendering;

/// <summary>
/// The theme's scripts as the site serves them: without whole-line comments, indentation and blank lines. search.js is
/// downloaded by every first search, and its comments (for whoever edits it) were a fifth of it gzipped (issue 22).
/// Only what cannot change a script's meaning goes: every kept line still ends where it did. A script where a line may
/// start inside a string or a comment (a template literal, a line continued by a backslash, a block comment left open
/// at a line's end) is served as written.
/// </summary>
public static class CompactJs
{
    public static byte[] Of(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        var lines = text.Split('\n');
        if (text.Contains('`') || lines.Any(l => l.TrimEnd().EndsWith('\\') || OpensComment(l)))
            return script;
        var result = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var kept = line.Trim();
            if (kept.Length == 0 || kept.StartsWith("//", StringComparison.Ordinal)) continue;
            result.Append(kept).Append('\n');
        }
        return Encoding.UTF8.GetBytes(result.ToString());
    }

    private static bool OpensComment(string line)
    {
        var open = line.LastIndexOf("/*", StringComparison.Ordinal);
        return open >= 0 && line.IndexOf("*/", open + 2, StringComparison.Ordinal) < 0;
    }
}
