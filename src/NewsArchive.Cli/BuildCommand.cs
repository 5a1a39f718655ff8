using System.CommandLine;
using NewsArchive.Pipeline;

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
            var result = BuildProgress.Run(options, stdout);
            BuildSummary.Print(result, options, stdout, stderr);
            return result.ExitCode;
        });
        return command;
    }
}

/// <summary>The options of a build, shared by <c>build</c> and <c>watch</c>.</summary>
internal sealed class BuildArguments
{
    private readonly Option<DirectoryInfo> _input = new("--input") { Description = "Folder of page files (PAPER/YYYY-MM-DD/NN.txt)", DefaultValueFactory = _ => new DirectoryInfo("input") };
    private readonly Option<DirectoryInfo> _output = new("--output") { Description = "Folder to write the site to", DefaultValueFactory = _ => new DirectoryInfo("_site") };
    private readonly Option<Uri?> _baseUrl = new("--base-url") { Description = "Absolute URL the site will be served from (for canonical links, feeds and the sitemap)" };
    private readonly Option<DirectoryInfo?> _theme = new("--theme") { Description = "Theme folder (templates, CSS, JS); default ./theme" };
    private readonly Option<bool> _offline = new("--offline") { Description = "Never call the translation service, even if one is configured: English from sidecars, translation memory and the gloss" };
    private readonly Option<int?> _maxSiteMb = new("--max-site-mb") { Description = "The host's limit on the site's size in MB (default: site.max_mb in newsarchive.yml, else GitHub Pages' 1000); the build warns at 80%" };
    private readonly Option<int?> _maxFiles = new("--max-files") { Description = "The host's limit on the site's number of files (default: site.max_files in newsarchive.yml, else none); the build warns at 80%" };
    private readonly Option<bool> _clean = new("--clean") { Description = "Ignore the caches of earlier builds (in INPUT/.cache) and redo every stage; the site is the same either way" };

    public Command AddTo(Command command)
    {
        foreach (var option in new Option[] { _input, _output, _baseUrl, _theme, _offline, _clean, _maxSiteMb, _maxFiles })
            command.Options.Add(option);
        return command;
    }

    /// <summary>The build's options, or null (with the reason on stderr) when the input folder does not exist.</summary>
    public BuildOptions? Options(ParseResult parse, TextWriter stderr)
    {
        var options = new BuildOptions
        {
            InputDirectory = parse.GetValue(_input)!.FullName,
            OutputDirectory = parse.GetValue(_output)!.FullName,
            ThemeDirectory = parse.GetValue(_theme)?.FullName ?? Commands.DefaultTheme(),
            BaseUrl = parse.GetValue(_baseUrl)?.ToString(),
            Offline = parse.GetValue(_offline),
            Incremental = !parse.GetValue(_clean),
            MaxSiteBytes = parse.GetValue(_maxSiteMb) * 1_000_000L,
            MaxSiteFiles = parse.GetValue(_maxFiles),
        };
        if (options.MaxSiteBytes <= 0 || options.MaxSiteFiles <= 0)
        {
            stderr.WriteLine("error: --max-site-mb and --max-files must be above 0");
            return null;
        }
        if (Directory.Exists(options.InputDirectory))
            return options;
        stderr.WriteLine($"error: input folder '{options.InputDirectory}' does not exist");
        return null;
    }
}
