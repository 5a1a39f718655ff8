using System.CommandLine;
using NewsArchive.Pipeline;

namespace NewsArchive.Cli;

internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder of page files (PAPER/YYYY-MM-DD/NN.txt)", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var output = new Option<DirectoryInfo>("--output") { Description = "Folder to write the site to", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "Absolute URL the site will be served from (for canonical links, feeds and the sitemap)" };
        var theme = new Option<DirectoryInfo?>("--theme") { Description = "Theme folder (templates, CSS, JS); default ./theme" };
        var offline = new Option<bool>("--offline") { Description = "Never call the translation service, even if one is configured: English from sidecars, translation memory and the gloss" };
        var clean = new Option<bool>("--clean") { Description = "Ignore the caches of earlier builds (in INPUT/.cache) and redo every stage; the site is the same either way" };
        var command = new Command("build", "Build the whole static site from the input folder.") { input, output, baseUrl, theme, offline, clean };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(input)!.FullName,
                OutputDirectory = parse.GetValue(output)!.FullName,
                ThemeDirectory = parse.GetValue(theme)?.FullName ?? Commands.DefaultTheme(),
                BaseUrl = parse.GetValue(baseUrl)?.ToString(),
                Offline = parse.GetValue(offline),
                Incremental = !parse.GetValue(clean),
            };
            if (!Directory.Exists(options.InputDirectory))
            {
                stderr.WriteLine($"error: input folder '{options.InputDirectory}' does not exist");
                return 2;
            }
            var result = BuildProgress.Run(options, stdout);
            BuildSummary.Print(result, options, stdout, stderr);
            return result.ExitCode;
        });
        return command;
    }
}
