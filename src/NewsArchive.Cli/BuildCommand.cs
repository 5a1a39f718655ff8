using System.CommandLine;
using NewsArchive.Pipeline;
using NewsArchive.Rendering.Views;

namespace NewsArchive.Cli;

internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var arguments = new BuildArguments();
        var command = arguments.AddTo(new Command("build", "Build the whole static site from the input folder."));
        command.SetAction(parse =>
        {
            if (arguments.Options(parse, stderr) is not { } options)
                return 2;
            var (result, failure) = Guarded(() => BuildProgress.Run(options, stdout), options, stderr);
            if (result is null)
                return failure;
            BuildSummary.Print(result, options, stdout, stderr);
            return result.ExitCode;
        });
        return command;
    }

    /// <summary>
    /// Runs a build and turns every way it can stop into one line naming the reason, never a stack trace: a refusal
    /// (another build holds a lock) is a usage error, exit 2; a full disk or any other failure is exit 1, and the
    /// previous site stands, since a build moves nothing into it until all its files are written.
    /// </summary>
    internal static (BuildResult? Result, int ExitCode) Guarded(Func<BuildResult> build, BuildOptions options, TextWriter stderr)
    {
        try
        {
            var result = build();
            return (result, result.ExitCode);
        }
        catch (BuildRefusedException e)
        {
            stderr.WriteLine($"error: {PrintDiagnostics.Printable(e.Message)}");
            return (null, 2);
        }
        catch (BuildFailedException e)
        {
            stderr.WriteLine($"error: {PrintDiagnostics.Printable(e.Message)}");
            return (null, 1);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: the build stopped ({e.GetType().Name}): {PrintDiagnostics.Printable(e.Message)}; the site in '{options.OutputDirectory}' is as the last build left it");
            return (null, 1);
        }
    }
}

/// <summary>The options of a build, shared by <c>build</c> and <c>watch</c>.</summary>
internal sealed class BuildArguments
{
    private readonly Option<DirectoryInfo> _input = new("--input") { Description = "Folder of page files (PAPER/YYYY-MM-DD/NN.txt or NN.pdf)", DefaultValueFactory = _ => new DirectoryInfo("input") };
    private readonly Option<DirectoryInfo> _output = new("--output") { Description = "Folder to write the site to", DefaultValueFactory = _ => new DirectoryInfo("_site") };
    // A string checked here: System.CommandLine has no parser for System.Uri, and an Option<Uri> failed on every value.
    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = "Absolute URL the site will be served from (for canonical links, feeds and the sitemap)",
        Validators = { result => { if (BaseUrlProblem(result.GetValueOrDefault<string?>()) is { } problem) result.AddError(problem); } },
    };
    private readonly Option<DirectoryInfo?> _theme = new("--theme") { Description = "Theme folder (templates, CSS, JS); default ./theme" };
    private readonly Option<bool> _review = new("--review") { Description = "Also write review/index.html: the pages the segmentation is unsure of, with the corrections that would fix them (not linked from the site)" };
    private readonly Option<bool> _offline = new("--offline") { Description = "Never call the translation service, even if one is configured: English from sidecars, translation memory and the gloss" };
    private readonly Option<string> _pageImages = new Option<string>("--page-images")
    {
        Description = "Show each PDF page's printed image, its articles as links on it (on), or skip the images for a small host (off)",
        DefaultValueFactory = _ => "on",
    }.AcceptOnlyFromAmong("on", "off");
    private readonly Option<int?> _maxSiteMb = new("--max-site-mb") { Description = "The host's limit on the site's size in MB (default: site.max_mb in newsarchive.yml, else GitHub Pages' 1000); the build warns at 80%" };
    private readonly Option<int?> _maxFiles = new("--max-files") { Description = "The host's limit on the site's number of files (default: site.max_files in newsarchive.yml, else none); the build warns at 80%" };
    private readonly Option<string[]> _siblings = new("--sibling")
    {
        Description = "Another site of the same archive split into several, as NAME=URL or URL relative to this site's root (../news-1990s/); repeat for each. The About page links to it and the search page searches its index too",
        Validators = { result => { foreach (var value in result.GetValueOrDefault<string[]>() ?? []) if (SiblingView.Problem(value) is { } problem) result.AddError(problem); } },
    };
    private readonly Option<bool> _clean = new("--clean") { Description = "Delete the caches of earlier builds (in INPUT/.cache: segmentation, enrichment, renders, the search index) and redo every stage from nothing; the site is the same either way" };

    public Command AddTo(Command command)
    {
        foreach (var option in new Option[] { _input, _output, _baseUrl, _theme, _offline, _review, _pageImages, _clean, _maxSiteMb, _maxFiles, _siblings })
            command.Options.Add(option);
        return command;
    }

    /// <summary>Why a --base-url value cannot be used, or null: it must be an absolute http(s) URL.</summary>
    internal static string? BaseUrlProblem(string? value) =>
        value is null or { Length: 0 } ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"--base-url '{value}' is not an absolute http or https URL without query or fragment (for example https://owner.github.io/repo/)";

    /// <summary>The build's options, or null (with the reason on stderr) when the input folder does not exist.</summary>
    public BuildOptions? Options(ParseResult parse, TextWriter stderr)
    {
        var options = new BuildOptions
        {
            InputDirectory = parse.GetValue(_input)!.FullName,
            OutputDirectory = parse.GetValue(_output)!.FullName,
            ThemeDirectory = parse.GetValue(_theme)?.FullName ?? Commands.DefaultTheme(),
            BaseUrl = parse.GetValue(_baseUrl) is { Length: > 0 } url ? new Uri(url, UriKind.Absolute).AbsoluteUri : null,
            Offline = parse.GetValue(_offline),
            Review = parse.GetValue(_review),
            Incremental = !parse.GetValue(_clean),
            LockWait = double.TryParse(Environment.GetEnvironmentVariable("NEWSARCHIVE_LOCK_WAIT_SECONDS"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var wait) && wait >= 0
                ? TimeSpan.FromSeconds(Math.Min(wait, 3600)) : TimeSpan.FromSeconds(5),
            PageImages = parse.GetValue(_pageImages) != "off",
            MaxSiteBytes = parse.GetValue(_maxSiteMb) * 1_000_000L,
            MaxSiteFiles = parse.GetValue(_maxFiles),
            Siblings = [.. (parse.GetValue(_siblings) ?? []).Select(SiblingView.Parse)],
        };
        if (options.MaxSiteBytes <= 0 || options.MaxSiteFiles <= 0)
        {
            stderr.WriteLine("error: --max-site-mb and --max-files must be above 0");
            return null;
        }
        if (!Directory.Exists(options.InputDirectory))
        {
            stderr.WriteLine($"error: input folder '{options.InputDirectory}' does not exist");
            return null;
        }
        // Checked before anything is touched: a build only ever replaces a site of its own.
        if (NewsArchive.Output.CheckOutputFolder.Problem(options.InputDirectory, options.OutputDirectory, options.ThemeDirectory) is { } problem)
        {
            stderr.WriteLine($"error: {PrintDiagnostics.Printable(problem)}");
            return null;
        }
        return options;
    }
}
