using System.Text;

namespace NewsArchive.Rendering;

/// <summary>
/// The theme's stylesheets as the site serves them: without comments, indentation and blank lines. The comments say
/// why a rule is there, for whoever edits the theme; readers downloaded them on every first visit (a tenth of site.css
/// gzipped, issue 22). Strings (<c>content: "..."</c>) are copied as they are, whatever they hold.
/// </summary>
public static class CompactCss
{
    public static byte[] Of(byte[] css)
    {
        var text = Encoding.UTF8.GetString(css);
        var result = new StringBuilder(text.Length);
        char? quote = null;
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                result.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                    result.Append(text[++i]);
                else if (c == quote || c == '\n')
                    quote = null;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }
            if (lineStart && c is ' ' or '\t' or '\r' or '\n')
                continue;
            lineStart = c == '\n';
            if (c is '"' or '\'')
                quote = c;
            result.Append(c);
        }
        return Encoding.UTF8.GetBytes(result.ToString());
    }
}
