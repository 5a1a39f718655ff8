using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace NewsArchive.Rendering;

/// <summary>
/// The theme's Liquid templates, parsed once and shared by all renders (Fluid templates are thread-safe);
/// each render gets a fresh context. Page templates live in theme/layouts, pieces in theme/partials,
/// and every page is wrapped in theme/layouts/_base.liquid.
/// </summary>
public sealed class ThemeTemplates
{
    // The default encoder turns every Chinese character into an entity; this one escapes only what HTML needs.
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new();
    private readonly string _layouts;
    private readonly TemplateOptions _options;

    public ThemeTemplates(string themeDirectory, IEnumerable<Type> modelTypes)
    {
        ThemeDirectory = Path.GetFullPath(themeDirectory);
        _layouts = Path.Combine(ThemeDirectory, "layouts");
        if (!Directory.Exists(_layouts))
            throw new DirectoryNotFoundException($"theme folder '{themeDirectory}' has no layouts/ folder");
        _options = new TemplateOptions
        {
            FileProvider = Directory.Exists(Path.Combine(ThemeDirectory, "partials"))
                ? new PhysicalFileProvider(Path.Combine(ThemeDirectory, "partials"))
                : new NullFileProvider(),
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        foreach (var type in modelTypes)
            _options.MemberAccessStrategy.Register(type);
    }

    public string ThemeDirectory { get; }

    /// <summary>Renders layouts/NAME.liquid with the given variables, then wraps it in the base layout.</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> model)
    {
        var context = new TemplateContext(_options) { CultureInfo = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var (key, value) in model)
            context.SetValue(key, value);
        var body = Template(name).Render(context, Encoder);
        context.SetValue("content", new StringValue(body, encode: false));
        return Template("_base").Render(context, Encoder);
    }

    private IFluidTemplate Template(string name) => _templates.GetOrAdd(name, n =>
    {
        var path = Path.Combine(_layouts, n + ".liquid");
        if (!File.Exists(path))
            throw new FileNotFoundException($"theme template missing: {Path.GetRelativePath(ThemeDirectory, path)}", path);
        if (!_parser.TryParse(File.ReadAllText(path), out var template, out var error))
            throw new InvalidOperationException($"{Path.GetRelativePath(ThemeDirectory, path)}: {error}");
        return template;
    });
}
