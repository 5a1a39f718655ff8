using System.Text;
using NUglify;

namespace NewsArchive.Rendering;

/// <summary>
/// The theme's stylesheets and scripts as the site serves them: minified by NUglify (comments,
/// whitespace, shorter numbers and colours; local names in scripts). The theme keeps its comments for whoever edits
/// it; readers downloaded them on every first visit (issue 22). NUglify is deterministic: the same file in, the same
/// bytes out. A file it cannot read is served as written, since a browser may well read what NUglify does not.
/// </summary>
public static class MinifyAssets
{
    public static byte[] Css(byte[] css) => Minify(css, s => Uglify.Css(s));

    public static byte[] Js(byte[] js) => Minify(js, s => Uglify.Js(s));

    private static byte[] Minify(byte[] source, Func<string, UglifyResult> minify)
    {
        var result = minify(Encoding.UTF8.GetString(source));
        return result.HasErrors || string.IsNullOrEmpty(result.Code) ? source : Encoding.UTF8.GetBytes(result.Code);
    }
}
