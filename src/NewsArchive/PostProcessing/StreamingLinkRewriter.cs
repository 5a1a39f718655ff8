using System.Buffers;
using System.Text;

namespace NewsArchive.PostProcessing;

/// <summary>
/// Rewrites link attributes in the UTF-8 bytes of an HTML page in one pass, following the HTML tokenizer: start and
/// end tags with quoted, unquoted and valueless attributes; comments, doctypes, bogus comments and CDATA; the raw
/// text of script (with its escaped states), style, xmp, iframe, noembed and noframes; the RCDATA of textarea and
/// title; plaintext; and SVG/MathML, inside which those elements hold markup. Every byte outside a rewritten value
/// (and its quotes, dropped where the new value needs none) is copied as it was. Like the tree builder, only the first of repeated attributes in a tag counts, and a tag cut
/// off by the end of the file is no tag.
/// </summary>
internal static class StreamingLinkRewriter
{
    /// <summary>Says what a link attribute's value (decoded) becomes, or null to leave it as written.</summary>
    public delegate string? Rewrite(string attribute, string value);

    private static readonly string[] Attributes = ["href", "src", "action", "data-root"];

    public static byte[] Run(byte[] html, Rewrite rewrite)
    {
        var output = new Output(html);
        var foreign = new ForeignContent();
        var s = html.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            var lt = s[i..].IndexOf((byte)'<');
            if (lt < 0 || i + lt + 1 >= s.Length)
                break;
            i += lt;
            var next = s[i + 1];
            if (char.IsAsciiLetter((char)next))
            {
                var tag = new Tag();
                var end = ReadTag(s, i + 1, ref tag);
                if (end < 0)
                    break;
                var known = tag.Known(s);
                var name = tag.Name(s, known);
                if (foreign.StartTag(name, known, tag.SelfClosing, tag.HasFontAttribute, tag.HtmlEncoding))
                    end = SkipText(s, end, name);
                for (var k = 0; k < tag.LinkCount; k++)
                {
                    var link = tag.Links[k];
                    var value = s[link.Start..link.End];
                    if (value.IsEmpty || (value[0] != '/' && value[0] != '&'))
                        continue;
                    if (rewrite(Attributes[link.Attribute], AttributeText.Decode(value)) is not { } replaced)
                        continue;
                    // A quoted value that needs no quotes loses them (issue 22: two bytes on each of a page's forty
                    // links), where a space or the tag's end follows: before a '/' the slash would join the value.
                    if (link.Quote != 0 && !AttributeText.NeedsQuotes(replaced) && link.End + 1 < s.Length && (IsSpace(s[link.End + 1]) || s[link.End + 1] == '>'))
                        output.Replace(link.Start - 1, link.End + 1, AttributeText.Encode(replaced, 0));
                    else
                        output.Replace(link.Start, link.End, AttributeText.Encode(replaced, link.Quote));
                }
                i = end;
            }
            else if (next == '/')
            {
                if (i + 2 >= s.Length)
                    break;
                if (char.IsAsciiLetter((char)s[i + 2]))
                {
                    var tag = new Tag();
                    var end = ReadTag(s, i + 2, ref tag);
                    if (end < 0)
                        break;
                    var known = tag.Known(s);
                    foreign.EndTag(tag.Name(s, known), known);
                    i = end;
                }
                else
                    i = s[i + 2] == '>' ? i + 3 : PastGreaterThan(s, i + 2);
            }
            else if (next == '!')
                i = Declaration(s, i + 2, foreign.AllowsCdata);
            else if (next == '?')
                i = PastGreaterThan(s, i + 2);
            else
                i++;
        }
        return output.Finish();
    }

    internal static bool IsRawText(string name) => name is "script" or "style" or "xmp" or "iframe" or "noembed"
        or "noframes" or "textarea" or "title" or "plaintext";

    /// <summary>After the start tag of an HTML element, skips the text its content model makes inert.</summary>
    private static int SkipText(ReadOnlySpan<byte> s, int i, string name) => name switch
    {
        "script" => ScriptData(s, i),
        "plaintext" => s.Length,
        _ when IsRawText(name) => RawTextEnd(s, i, name),
        _ => i,
    };

    /// <summary>The index of the "&lt;/name" that ends raw text or RCDATA, or the end of the file.</summary>
    private static int RawTextEnd(ReadOnlySpan<byte> s, int i, string name)
    {
        while (true)
        {
            var lt = s[i..].IndexOf("</"u8);
            if (lt < 0)
                return s.Length;
            i += lt;
            if (IsEndTagOf(s, i, name))
                return i;
            i += 2;
        }
    }

    private static bool IsEndTagOf(ReadOnlySpan<byte> s, int lt, string name)
    {
        var after = lt + 2 + name.Length;
        if (after >= s.Length || s[lt] != '<' || s[lt + 1] != '/')
            return false;
        for (var k = 0; k < name.Length; k++)
            if (Lower(s[lt + 2 + k]) != name[k])
                return false;
        return IsSpace(s[after]) || s[after] is (byte)'/' or (byte)'>';
    }

    private enum Script { Data, Escaped, EscapedDash, EscapedDashDash, DoubleEscaped, DoubleEscapedDash, DoubleEscapedDashDash }

    /// <summary>
    /// The index of the &lt;/script that ends a script, following the tokenizer's script states: after "&lt;!--", a
    /// "&lt;script" starts a double-escaped run in which "&lt;/script&gt;" does not end the script.
    /// </summary>
    private static int ScriptData(ReadOnlySpan<byte> s, int i)
    {
        var state = Script.Data;
        while (i < s.Length)
        {
            var c = s[i];
            switch (state)
            {
                case Script.Data:
                    var lt = s[i..].IndexOf((byte)'<');
                    if (lt < 0)
                        return s.Length;
                    i += lt;
                    if (IsEndTagOf(s, i, "script"))
                        return i;
                    if (s[i..].StartsWith("<!--"u8))
                    {
                        state = Script.EscapedDashDash;
                        i += 4;
                        continue;
                    }
                    break;
                case Script.Escaped or Script.EscapedDash or Script.EscapedDashDash:
                    if (c == '-')
                        state = state == Script.Escaped ? Script.EscapedDash : Script.EscapedDashDash;
                    else if (c == '>' && state == Script.EscapedDashDash)
                        state = Script.Data;
                    else if (c == '<')
                    {
                        state = Script.Escaped;
                        if (IsEndTagOf(s, i, "script"))
                            return i;
                        if (IsScriptWord(s, i + 1))
                        {
                            state = Script.DoubleEscaped;
                            i += 8;
                            continue;
                        }
                    }
                    else
                        state = Script.Escaped;
                    break;
                default:
                    if (c == '-')
                        state = state == Script.DoubleEscaped ? Script.DoubleEscapedDash : Script.DoubleEscapedDashDash;
                    else if (c == '>' && state == Script.DoubleEscapedDashDash)
                        state = Script.Data;
                    else if (c == '<')
                    {
                        state = Script.DoubleEscaped;
                        if (s[(i + 1)..].StartsWith("/"u8) && IsScriptWord(s, i + 2))
                        {
                            state = Script.Escaped;
                            i += 9;
                            continue;
                        }
                    }
                    else
                        state = Script.DoubleEscaped;
                    break;
            }
            i++;
        }
        return s.Length;
    }

    /// <summary>"script" (any case) at <paramref name="i"/>, followed by a space, '/' or '&gt;'.</summary>
    private static bool IsScriptWord(ReadOnlySpan<byte> s, int i)
    {
        if (i + 6 >= s.Length)
            return false;
        for (var k = 0; k < 6; k++)
            if (Lower(s[i + k]) != "script"[k])
                return false;
        return IsSpace(s[i + 6]) || s[i + 6] is (byte)'/' or (byte)'>';
    }

    /// <summary>After "&lt;!": a comment, a doctype, CDATA (in SVG/MathML) or a bogus comment; returns the index after it.</summary>
    private static int Declaration(ReadOnlySpan<byte> s, int i, bool allowsCdata)
    {
        var rest = s[i..];
        if (rest.StartsWith("--"u8))
        {
            var body = i + 2;
            // "<!-->" and "<!--->" are whole comments.
            if (body < s.Length && s[body] == '>')
                return body + 1;
            if (s[body..].StartsWith("->"u8))
                return body + 2;
            for (var k = body; ; k++)
            {
                var dashes = s[k..].IndexOf("--"u8);
                if (dashes < 0)
                    return s.Length;
                k += dashes;
                if (s[(k + 2)..].StartsWith(">"u8))
                    return k + 3;
                if (s[(k + 2)..].StartsWith("!>"u8))
                    return k + 4;
            }
        }
        if (allowsCdata && rest.StartsWith("[CDATA["u8))
        {
            var end = rest.IndexOf("]]>"u8);
            return end < 0 ? s.Length : i + end + 3;
        }
        return PastGreaterThan(s, i);
    }

    private static int PastGreaterThan(ReadOnlySpan<byte> s, int i)
    {
        var gt = s[i..].IndexOf((byte)'>');
        return gt < 0 ? s.Length : i + gt + 1;
    }

    /// <summary>The tokenizer lowercases ASCII letters only.</summary>
    private static int Lower(byte c) => c is >= (byte)'A' and <= (byte)'Z' ? c | 0x20 : c;

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';

    private readonly record struct Link(int Attribute, int Start, int End, byte Quote);

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Links
    {
        private Link _first;
    }

    private struct Tag
    {
        public int NameStart, NameEnd;
        public bool SelfClosing, HasFontAttribute, HtmlEncoding;
        public Links Links;
        public int LinkCount;
        public int Seen;

        /// <summary>The index of the name in <see cref="Common"/>, or -1.</summary>
        public readonly int Known(ReadOnlySpan<byte> s) => KnownName(s[NameStart..NameEnd]);

        public readonly string Name(ReadOnlySpan<byte> s, int known)
        {
            if (known >= 0)
                return Common[known];
            var name = s[NameStart..NameEnd];
            var lower = new byte[name.Length];
            for (var k = 0; k < name.Length; k++)
                lower[k] = (byte)Lower(name[k]);
            return Encoding.UTF8.GetString(lower);
        }
    }

    // Most tags are a handful of names: no string per tag for those, and an index for counting them.
    internal static readonly string[] Common = ["a", "li", "span", "div", "p", "time", "ul", "ol", "nav", "link", "meta", "script",
        "style", "title", "textarea", "svg", "math", "img", "form", "input", "button", "main", "header", "footer",
        "section", "article", "time", "h1", "h2", "h3", "h4", "small", "strong", "em", "br", "table", "tr", "td", "th",
        "thead", "tbody", "body", "head", "html", "label", "option", "select", "figure", "figcaption", "aside", "path"];

    private static int KnownName(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Common.Length; i++)
        {
            var known = Common[i];
            if (known.Length != name.Length)
                continue;
            var k = 0;
            while (k < name.Length && Lower(name[k]) == known[k])
                k++;
            if (k == name.Length)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Reads a tag from its name (at <paramref name="i"/>) to its '&gt;', per the tokenizer's tag and attribute states;
    /// returns the index after the tag, or -1 when the file ends inside it.
    /// </summary>
    private static int ReadTag(ReadOnlySpan<byte> s, int i, ref Tag tag)
    {
        tag.NameStart = i;
        while (i < s.Length && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>')
            i++;
        tag.NameEnd = i;
        while (true)
        {
            while (i < s.Length && IsSpace(s[i]))
                i++;
            if (i >= s.Length)
                return -1;
            if (s[i] == '>')
                return i + 1;
            if (s[i] == '/')
            {
                i++;
                if (i < s.Length && s[i] == '>')
                {
                    tag.SelfClosing = true;
                    return i + 1;
                }
                continue;
            }
            // The first character of a name may be anything but a space, '/' or '>', '=' included.
            var nameStart = i++;
            while (i < s.Length && !IsSpace(s[i]) && s[i] is not ((byte)'/' or (byte)'>' or (byte)'='))
                i++;
            var name = s[nameStart..i];
            while (i < s.Length && IsSpace(s[i]))
                i++;
            if (i >= s.Length)
                return -1;
            if (s[i] != '=')
            {
                Attribute(ref tag, name, i, i, 0, s);
                continue;
            }
            i++;
            while (i < s.Length && IsSpace(s[i]))
                i++;
            if (i >= s.Length)
                return -1;
            var quote = s[i];
            if (quote is (byte)'"' or (byte)'\'')
            {
                var close = s[(i + 1)..].IndexOf(quote);
                if (close < 0)
                    return -1;
                Attribute(ref tag, name, i + 1, i + 1 + close, quote, s);
                i += close + 2;
            }
            else if (quote == '>')
            {
                Attribute(ref tag, name, i, i, 0, s);
            }
            else
            {
                var start = i;
                while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
                    i++;
                Attribute(ref tag, name, start, i, 0, s);
            }
        }
    }

    private static void Attribute(ref Tag tag, ReadOnlySpan<byte> name, int start, int end, byte quote, ReadOnlySpan<byte> s)
    {
        for (var a = 0; a < Attributes.Length; a++)
        {
            if (!IsName(name, Attributes[a]))
                continue;
            // The tree builder keeps the first of repeated attributes and drops the rest.
            if ((tag.Seen & (1 << a)) == 0)
            {
                tag.Seen |= 1 << a;
                tag.Links[tag.LinkCount++] = new Link(a, start, end, quote);
            }
            return;
        }
        if (IsName(name, "color") || IsName(name, "face") || IsName(name, "size"))
            tag.HasFontAttribute = true;
        else if (IsName(name, "encoding"))
        {
            var value = s[start..end];
            tag.HtmlEncoding = value.Length is 9 or 21 && (IsName(value, "text/html") || IsName(value, "application/xhtml+xml"));
        }
    }

    /// <summary>ASCII case-insensitive equality with a lowercase name.</summary>
    private static bool IsName(ReadOnlySpan<byte> name, string lower)
    {
        if (name.Length != lower.Length)
            return false;
        for (var k = 0; k < name.Length; k++)
            if (Lower(name[k]) != lower[k])
                return false;
        return true;
    }

    /// <summary>The input, copied into a new buffer only from the first replaced value on.</summary>
    private sealed class Output(byte[] input)
    {
        private ArrayBufferWriter<byte>? _buffer;
        private int _copied;

        public void Replace(int start, int end, string value)
        {
            _buffer ??= new ArrayBufferWriter<byte>(input.Length + input.Length / 8 + 64);
            _buffer.Write(input.AsSpan(_copied, start - _copied));
            var size = Encoding.UTF8.GetMaxByteCount(value.Length);
            _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(size)));
            _copied = end;
        }

        public byte[] Finish()
        {
            if (_buffer is null)
                return input;
            _buffer.Write(input.AsSpan(_copied));
            return _buffer.WrittenSpan.ToArray();
        }
    }
}
