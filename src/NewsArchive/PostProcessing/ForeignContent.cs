namespace NewsArchive.PostProcessing;

/// <summary>
/// Follows whether the HTML tokenizer is inside SVG or MathML, the way the tree builder decides it, for the two
/// things it changes for a link rewriter: inside foreign content a &lt;style&gt;, &lt;title&gt; or &lt;script&gt; holds
/// markup (not raw text), and &lt;![CDATA[ ... ]]&gt; is text. Elements opened inside foreign content are tracked as a
/// stack; outside it only how many of each HTML element are open, so an end tag in SVG that closes an enclosing
/// HTML element ("&lt;a&gt;&lt;svg&gt;&lt;/a&gt;") leaves the SVG as the tree builder does. Exact for well-nested markup;
/// for mis-nested markup the tree builder sometimes ignores an end tag this takes as closing.
/// </summary>
internal sealed class ForeignContent
{
    private enum Space { Html, Svg, MathMl }

    private readonly record struct Open(string Name, Space Space, bool IntegrationPoint);

    private readonly List<Open> _open = [];
    // Open HTML elements outside SVG/MathML by name: common names by their index, others by name.
    private readonly int[] _openCommon = new int[StreamingLinkRewriter.Common.Length];
    private readonly Dictionary<string, int> _openOther = new(StringComparer.Ordinal);

    /// <summary>True where the tree builder takes &lt;![CDATA[ as a CDATA section (the current node is not HTML).</summary>
    public bool AllowsCdata => _open.Count > 0 && _open[^1].Space != Space.Html;

    /// <summary>
    /// Takes a start tag (name lowercased) and says whether it is an HTML element, so raw-text elements switch the
    /// tokenizer. <paramref name="hasFontAttribute"/>: the tag has color, face or size (a &lt;font&gt; with one leaves SVG);
    /// <paramref name="htmlEncoding"/>: an annotation-xml whose encoding makes it an HTML integration point.
    /// </summary>
    public bool StartTag(string name, int known, bool selfClosing, bool hasFontAttribute, bool htmlEncoding)
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
        // only counted. The self-closing slash means nothing on an HTML element.
        if (IsVoid(name))
            return true;
        if (_open.Count > 0)
        {
            if (!StreamingLinkRewriter.IsRawText(name))
                _open.Add(new Open(name, Space.Html, false));
        }
        else
            Count(name, known, +1);
        return true;
    }

    public void EndTag(string name, int known)
    {
        if (_open.Count == 0)
        {
            Count(name, known, -1);
            return;
        }
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
        // Not open in here: the end tag of an HTML element around the SVG/MathML closes it, and it with it.
        if (Count(name, known, -1))
            _open.Clear();
    }

    /// <summary>Counts an HTML element opened (+1) or closed (-1); says whether one was open to close.</summary>
    private bool Count(string name, int known, int change)
    {
        ref var count = ref known >= 0
            ? ref _openCommon[known]
            : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_openOther, name, out _);
        if (count + change < 0)
            return false;
        count += change;
        return true;
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

    // "image" is read as "img".
    private static bool IsVoid(string name) => name is "area" or "base" or "basefont" or "bgsound" or "br" or "col"
        or "embed" or "frame" or "hr" or "image" or "img" or "input" or "keygen" or "link" or "meta" or "param" or "source"
        or "track" or "wbr";
}
