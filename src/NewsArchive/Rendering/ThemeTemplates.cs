using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>
/// The theme's Liquid templates, parsed once and shared by all renders (Fluid templates are thread-safe);
/// each render gets a fresh context. Page templates live in theme/layouts, pieces in theme/partials,
/// and every HTML page is wrapped in theme/layouts/_base.liquid. Interface labels come from theme/i18n.json:
/// templates see them as <c>t.KEY</c> (both languages, marked up by theme/partials/label.liquid),
/// <c>c.KEY</c> (an empty span whose words come from site.css, for the labels of <see cref="LabelStyles.FromCss"/>) and
/// <c>tx.KEY.zh</c> / <c>tx.KEY.en</c> (plain text, for attributes).
/// </summary>
public sealed class ThemeTemplates
{
    // The default encoder turns every Chinese character into an entity; this one escapes only what HTML needs.
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new();
    private readonly string _layouts;
    private readonly TemplateOptions _options;
    private readonly Dictionary<string, object> _labelHtml = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _cssLabelHtml = new(StringComparer.Ordinal);

    /// <param name="strict">Throw on a variable or member the model does not have (tests turn this on).</param>
    public ThemeTemplates(string themeDirectory, IEnumerable<Type> modelTypes, bool strict = false)
    {
        ThemeDirectory = Path.GetFullPath(themeDirectory);
        _layouts = Path.Combine(ThemeDirectory, "layouts");
        if (!Directory.Exists(_layouts))
            throw new DirectoryNotFoundException($"theme folder '{themeDirectory}' has no layouts/ folder");
        _options = new TemplateOptions
        {
            FileProvider = new ThemePartials(Path.Combine(ThemeDirectory, "partials")),
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        if (strict)
            _options.Undefined = Undefined;
        foreach (var type in modelTypes)
            _options.MemberAccessStrategy.Register(type);
        Labels = ReadLabels(Path.Combine(ThemeDirectory, "i18n.json"));
        foreach (var (key, label) in Labels)
            _labelHtml[key] = new StringValue(RenderLabel(label), encode: false);
        foreach (var key in LabelStyles.FromCss.Where(Labels.ContainsKey))
            _cssLabelHtml[key] = new StringValue(LabelStyles.Span(key), encode: false);
    }

    public string ThemeDirectory { get; }

    // Fluid's StrictVariables also throws on a member that exists but is null (an article with no kicker), so strict
    // mode is this delegate instead: Fluid names an unknown variable or member by its name, while a member that is
    // merely null arrives as its syntax node's type name ("Fluid.Ast.IdentifierSegment") and renders as nothing.
    private static ValueTask<FluidValue> Undefined(string name) => name.StartsWith("Fluid.Ast.", StringComparison.Ordinal)
        ? new ValueTask<FluidValue>(NilValue.Instance)
        : throw new InvalidOperationException($"theme template uses '{name}', which the page's model does not have");

    /// <summary>The interface labels of theme/i18n.json by key.</summary>
    public IReadOnlyDictionary<string, LabelView> Labels { get; }

    public bool HasLayout(string name) => File.Exists(Path.Combine(_layouts, name + ".liquid"));

    /// <summary>Renders layouts/NAME.liquid with the given variables, then wraps it in the base layout.</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> model)
    {
        var context = Context(model);
        var body = Template(name).Render(context, Encoder);
        context.SetValue("content", new StringValue(body, encode: false));
        return CleanXmlChars.Apply(Unindent(Template("_base").Render(context, Encoder)));
    }

    /// <summary>
    /// Drops the templates' indentation before a tag at the start of a line (a quarter of a KB an article page, issue
    /// 22). Only before '<': text never starts a line with one (it is escaped), so text set in pre-wrap keeps its spaces.
    /// The line break goes too between a tag and a block-level one (<see cref="BlockTags"/>), where a browser shows no
    /// space: about a hundred bytes a page. Between inline tags it stays, since there it is the space readers see.
    /// </summary>
    internal static string Unindent(string html)
    {
        var result = new System.Text.StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var line = html.IndexOf('\n', i);
            if (line < 0)
            {
                result.Append(html, i, html.Length - i);
                break;
            }
            var next = line + 1;
            while (next < html.Length && html[next] is ' ' or '\n')
                next++;
            if (next < html.Length && html[next] == '<' && line > i && html[line - 1] == '>' && StartsBlock(html, next))
            {
                result.Append(html, i, line - i);
                i = next;
                continue;
            }
            result.Append(html, i, line + 1 - i);
            next = line + 1;
            while (next < html.Length && html[next] == ' ')
                next++;
            i = next < html.Length && html[next] == '<' ? next : line + 1;
        }
        return result.ToString();
    }

    /// <summary>Elements laid out as blocks (or in the head), whose edges swallow white space in any browser.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockTags = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["html", "head", "body", "title", "meta", "link", "script", "base", "main", "header", "footer", "nav", "section", "article",
         "aside", "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
         "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "form", "hr"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsBlock(string html, int at)
    {
        var start = at + 1;
        if (start < html.Length && html[start] == '/')
            start++;
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            end++;
        return end > start && end < html.Length && html[end] is ' ' or '>' or '/' or '\n' && BlockTags.Contains(html.AsSpan(start, end - start));
    }

    /// <summary>Renders layouts/NAME.liquid on its own (feeds, sitemaps): no base layout around it.</summary>
    public string RenderBare(string name, IReadOnlyDictionary<string, object?> model) =>
        CleanXmlChars.Apply(Template(name).Render(Context(model), Encoder));

    public LabelView Label(string key) => Labels.TryGetValue(key, out var label)
        ? label
        : throw new KeyNotFoundException($"{Path.Combine("theme", "i18n.json")}: no label '{key}'");

    private TemplateContext Context(IReadOnlyDictionary<string, object?> model)
    {
        var context = new TemplateContext(_options) { CultureInfo = System.Globalization.CultureInfo.InvariantCulture };
        context.SetValue("t", _labelHtml);
        context.SetValue("c", _cssLabelHtml);
        context.SetValue("tx", Labels);
        foreach (var (key, value) in model)
            context.SetValue(key, value);
        return context;
    }

    private string RenderLabel(LabelView label)
    {
        var context = new TemplateContext(_options) { CultureInfo = System.Globalization.CultureInfo.InvariantCulture };
        context.SetValue("zh", label.Zh);
        context.SetValue("en", label.En);
        return Template("_label").Render(context, Encoder);
    }

    private static Dictionary<string, LabelView> ReadLabels(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"theme labels missing: {path} (a JSON object of {{\"key\": {{\"zh\": ..., \"en\": ...}}}})", path);
        try
        {
            var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(Ingest.InputFiles.Utf8(Ingest.InputFiles.ReadTheme(path, Path.GetDirectoryName(path)!)))
                ?? throw new JsonException("empty file");
            return raw.ToDictionary(
                kv => kv.Key,
                kv => kv.Value.TryGetValue("zh", out var zh) && kv.Value.TryGetValue("en", out var en)
                    ? new LabelView(zh, en)
                    : throw new JsonException($"label '{kv.Key}' needs both \"zh\" and \"en\""),
                StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private IFluidTemplate Template(string name) => _templates.GetOrAdd(name, n =>
    {
        var path = Path.Combine(_layouts, n + ".liquid");
        if (!File.Exists(path))
            throw new FileNotFoundException($"theme template missing: {Path.GetRelativePath(ThemeDirectory, path)}", path);
        if (!_parser.TryParse(Ingest.InputFiles.Utf8(Ingest.InputFiles.ReadTheme(path, ThemeDirectory)), out var template, out var error))
            throw new InvalidOperationException($"{Path.GetRelativePath(ThemeDirectory, path)}: {error}");
        return template;
    });
}
