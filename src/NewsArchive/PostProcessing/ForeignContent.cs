namespace NewsArchive.PostProcessing;

/// <summary>
/// Follows whether the HTML tokenizer is inside SVG or MathML, the way the tree builder decides it, for the two
/// things it changes for a link rewriter: inside foreign content a &lt;style&gt;, &lt;title&gt; or &lt;script&gt; holds
/// markup (not raw text), and &lt;![CDATA[ ... ]]&gt; is text. Only elements opened inside foreign content are tracked;
/// mis-nested end tags are resolved by popping to the nearest open element of that name (the tree builder would
/// sometimes ignore them), which is exact for well-nested markup.
/// </summary>
internal sealed class ForeignContent
{
    private enum Space { Html, Svg, MathMl }

    private readonly record struct Open(string Name, Space Space, bool IntegrationPoint);

    private readonly List<Open> _open = [];

    /// <summary>True where the tree builder takes &lt;![CDATA[ as a CDATA section (the current node is not HTML).</summary>
    public bool AllowsCdata => _open.Count > 0 && _open[^1].Space != Space.Html;

    /// <summary>
    /// Takes a start tag (name lowercased) and says whether it is an HTML element, so raw-text elements switch the
    /// tokenizer. <paramref name="hasFontAttribute"/>: the tag has color, face or size (a &lt;font&gt; with one leaves SVG);
    /// <paramref name="htmlEncoding"/>: an annotation-xml whose encoding makes it an HTML integration point.
    /// </summary>
    public bool StartTag(string name, bool selfClosing, bool hasFontAttribute, bool htmlEncoding)
    {
        if (!UsesHtmlRules(name))
        {
            if (!BreaksOut(name, hasFontAttribute))
            {
                var space = _open[^1].Space;
                if (!selfClosing)
                    _open.Add(new Open(name, space, IsIntegrationPoint(space, name, htmlEncoding)));
                return false;
            }
            while (_open.Count > 0 && _open[^1].Space != Space.Html && !_open[^1].IntegrationPoint && !IsMathText(_open[^1]))
                _open.RemoveAt(_open.Count - 1);
        }
        if (name is "svg" or "math")
        {
            if (!selfClosing)
            {
                var space = name == "svg" ? Space.Svg : Space.MathMl;
                _open.Add(new Open(name, space, false));
            }
            return false;
        }
        // Inside an integration point HTML elements are followed too, so its end is found; outside SVG/MathML
        // nothing needs tracking.
        if (_open.Count > 0 && !IsVoid(name) && !StreamingLinkRewriter.IsRawText(name))
            _open.Add(new Open(name, Space.Html, false));
        return true;
    }

    public void EndTag(string name)
    {
        if (_open.Count == 0)
            return;
        if (name is "br" or "p" && _open[^1].Space != Space.Html && !_open[^1].IntegrationPoint)
        {
            while (_open.Count > 0 && _open[^1].Space != Space.Html && !_open[^1].IntegrationPoint && !IsMathText(_open[^1]))
                _open.RemoveAt(_open.Count - 1);
            return;
        }
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                _open.RemoveRange(i, _open.Count - i);
                return;
            }
        }
    }

    private bool UsesHtmlRules(string name)
    {
        if (_open.Count == 0)
            return true;
        var top = _open[^1];
        return top.Space == Space.Html
            || (IsMathText(top) && name is not ("mglyph" or "malignmark"))
            || (top.Space == Space.MathMl && top.Name == "annotation-xml" && name == "svg")
            || top.IntegrationPoint;
    }

    private static bool IsMathText(Open node) => node.Space == Space.MathMl && node.Name is "mi" or "mo" or "mn" or "ms" or "mtext";

    private static bool IsIntegrationPoint(Space space, string name, bool htmlEncoding) =>
        space == Space.Svg ? name is "foreignobject" or "desc" or "title" : name == "annotation-xml" && htmlEncoding;

    private static bool BreaksOut(string name, bool hasFontAttribute) => name switch
    {
        "b" or "big" or "blockquote" or "body" or "br" or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em"
            or "embed" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "hr" or "i" or "img" or "li"
            or "listing" or "menu" or "meta" or "nobr" or "ol" or "p" or "pre" or "ruby" or "s" or "small" or "span"
            or "strong" or "strike" or "sub" or "sup" or "table" or "tt" or "u" or "ul" or "var" => true,
        "font" => hasFontAttribute,
        _ => false,
    };

    private static bool IsVoid(string name) => name is "area" or "base" or "basefont" or "bgsound" or "br" or "col"
        or "embed" or "frame" or "hr" or "img" or "input" or "keygen" or "link" or "meta" or "param" or "source"
        or "track" or "wbr";
}
