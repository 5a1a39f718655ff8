using System.CommandLine;

namespace NewsArchive.Cli;

internal static class SearchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"quoted phrases\", -exclusions, OR" };
        var input = new Option<DirectoryInfo>("--input") { Description = "Archive input folder", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var json = new Option<bool>("--json") { Description = "Print results as JSON" };
        var command = new Command("search", "Search the archive built from the input folder.") { query, input, json };
        command.SetAction(parse =>
        {
            stderr.WriteLine("error: search is not available yet");
            return 1;
        });
        return command;
    }
}
