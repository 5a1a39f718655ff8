using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NewsArchive.Pipeline;
using NewsArchive.Search;

namespace NewsArchive.Cli;

internal static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"quoted phrases\", -exclusions, OR" };
        var input = new Option<DirectoryInfo>("--input") { Description = "Archive input folder", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var json = new Option<bool>("--json") { Description = "Print results as JSON" };
        var from = new Option<string?>("--from") { Description = "Earliest date, YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Latest date, YYYY-MM-DD" };
        var kind = new Option<string?>("--kind") { Description = "news, photo, feature, commentary or brief" };
        var reporter = new Option<string?>("--reporter") { Description = "Only articles by this reporter or photographer" };
        var paper = new Option<string?>("--paper") { Description = "Only this paper (its folder name)" };
        var limit = new Option<int>("--limit") { Description = "How many results to print", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search the archive built from the input folder.") { query, input, json, from, to, kind, reporter, paper, limit };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(input)!.FullName;
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine(PrintDiagnostics.Printable($"error: input folder '{dir}' does not exist"));
                return 2;
            }
            if (!TryDate(parse.GetValue(from), "--from", stderr, out var fromDate) || !TryDate(parse.GetValue(to), "--to", stderr, out var toDate))
                return 2;
            var count = parse.GetValue(limit);
            if (count < 1)
            {
                stderr.WriteLine("error: --limit must be at least 1");
                return 2;
            }

            var report = new BuildReport();
            LuceneIndex index;
            try
            {
                index = new OpenArchiveIndex().Run(dir, report, line => stderr.WriteLine(PrintDiagnostics.Printable(line)));
            }
            catch (BuildRefusedException e)
            {
                stderr.WriteLine(PrintDiagnostics.Printable($"error: {e.Message}"));
                return 2;
            }
            using var search = new SearchIndex(index);
            var results = search.Search(parse.GetValue(query) ?? "", new SearchFilters(fromDate, toDate, parse.GetValue(kind), parse.GetValue(reporter), parse.GetValue(paper)), count);
            if (parse.GetValue(json)) PrintJson(results, stdout);
            else PrintText(results, stdout);
            return 0;
        });
        return command;
    }

    private static bool TryDate(string? text, string option, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        stderr.WriteLine(PrintDiagnostics.Printable($"error: {option} '{text}' is not a date (YYYY-MM-DD)"));
        return false;
    }

    private static void PrintJson(SearchResults results, TextWriter stdout)
    {
        var payload = new
        {
            total = results.Total,
            results = results.Hits.Select(h => new
            {
                title = h.Article.Title,
                url = h.Article.Url,
                date = h.Article.Date,
                kind = h.Article.Kind,
                score = Math.Round(h.Score, 4),
                snippet = h.Snippet,
            }),
        };
        stdout.WriteLine(JsonSerializer.Serialize(payload, Json));
    }

    private static void PrintText(SearchResults results, TextWriter stdout)
    {
        stdout.WriteLine(results.Total == 1 ? "1 result" : $"{results.Total} results");
        foreach (var h in results.Hits)
        {
            stdout.WriteLine();
            stdout.WriteLine($"{h.Article.Title}  ({h.Article.Date}, {h.Article.PaperName} p.{h.Article.Page}, {h.Article.Kind}, score {h.Score.ToString("0.00", CultureInfo.InvariantCulture)})");
            stdout.WriteLine($"  {h.Article.Url}");
            stdout.WriteLine($"  {h.Snippet}");
        }
    }
}
