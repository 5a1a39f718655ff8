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
    private readonly Option<DirectoryInfo> _input = new("--input") { Description = "Folder of page files (PAPER/YYYY-MM-DD/NN.txt or NN.pdf)", DefaultValueFactory = _ => new DirectoryInfo("input") };
    private readonly Option<DirectoryInfo> _output = new("--output") { Description = "Folder to write the site to", DefaultValueFactory = _ => new DirectoryInfo("_site") };
    private readonly Option<Uri?> _baseUrl = new("--base-url") { Description = "Absolute URL the site will be served from (for canonical links, feeds and the sitemap)" };
    private readonly Option<DirectoryInfo?> _theme = new("--theme") { Description = "Theme folder (templates, CSS, JS); default ./theme" };
    private readonly Option<bool> _offline = new("--offline") { Description = "Never call the translation service, even if one is configured: English from sidecars, translation memory and the gloss" };
    private readonly Option<string> _pageImages = new Option<string>("--page-images")
    {
        Description = "Show each PDF page's printed image, its articles as links on it (on), or skip the images for a small host (off)",
        DefaultValueFactory = _ => "on",
    }.AcceptOnlyFromAmong("on", "off");
    private readonly Option<bool> _clean = new("--clean") { Description = "Ignore the caches of earlier builds (in INPUT/.cache) and redo every stage; the site is the same either way" };

    public Command AddTo(Command command)
    {
        foreach (var option in new Option[] { _input, _output, _baseUrl, _theme, _offline, _pageImages, _clean })
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
            PageImages = parse.GetValue(_pageImages) != "off",
        };
        if (Directory.Exists(options.InputDirectory))
            return options;
        stderr.WriteLine($"error: input folder '{options.InputDirectory}' does not exist");
        return null;
    }
}
