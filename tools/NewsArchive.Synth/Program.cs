using System.Globalization;
using NewsArchive.Synth;

// Usage: synth --articles N --out DIR [--seed S] [--papers P] [--next-issue]
//   writes DIR/input/<paper>/paper.yml, DIR/input/<paper>/<YYYY-MM-DD>/page-NN.txt, DIR/ground-truth.jsonl
//   --next-issue: write only the issue that follows the N-article archive (for incremental benchmarks)
var articles = 1000;
var seed = 42;
var papers = 4;
string? output = null;
var nextIssue = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--articles": articles = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--papers": papers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--next-issue": nextIssue = true; break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}\nusage: synth --articles N --out DIR [--seed S] [--papers 1-{Vocabulary.Papers.Length}] [--next-issue]");
            return 2;
    }
}
if (output is null || articles < 1 || papers < 1 || papers > Vocabulary.Papers.Length)
{
    Console.Error.WriteLine($"usage: synth --articles N --out DIR [--seed S] [--papers 1-{Vocabulary.Papers.Length}] [--next-issue]");
    return 2;
}

var input = Path.Combine(output, "input");
var marker = Path.Combine(output, "synth.txt");
var generator = new ArchiveGenerator(seed, papers);
if (nextIssue)
{
    Console.WriteLine(generator.WriteNextIssue(output, articles));
    return 0;
}

// Only a folder this tool made is ever cleared.
if (Directory.Exists(input))
{
    if (!File.Exists(marker))
    {
        Console.Error.WriteLine($"{input} exists and was not made by synth ({marker} missing); refusing to overwrite");
        return 1;
    }
    Directory.Delete(input, recursive: true);
}
Directory.CreateDirectory(output);
File.WriteAllText(marker, $"synth --articles {articles} --seed {seed} --papers {papers}\n");
var (count, pages, issues) = generator.WriteArchive(output, articles);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} articles on {pages} pages in {issues} issues of {papers} papers to {input}"));
return 0;
