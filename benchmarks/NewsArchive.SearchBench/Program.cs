using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using NewsArchive.Pipeline;
using NewsArchive.Search;
using NewsArchive.SearchBench;

// Search benchmark: our static index against Pagefind on the same _site of a synthetic archive.
//   dotnet run -c Release --project benchmarks/NewsArchive.SearchBench -- --articles N [--queries Q] [--data DIR] [--rebuild] [--no-pagefind]
// (scripts/bench-search.sh builds what it needs and runs this.) Prints Markdown for BENCHMARKS.md and writes
// DIR/bench-search.json with every number.
var articles = 10000;
var perSet = 60;
string? data = null;
var rebuild = false;
var noPagefind = false; // our engine alone, e.g. to compare export layouts against a Pagefind run of the same input
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--articles": articles = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--queries": perSet = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--data": data = args[++i]; break;
        case "--rebuild": rebuild = true; break;
        case "--no-pagefind": noPagefind = true; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}
var repo = FindRepo();
data = Path.GetFullPath(data ?? Path.Combine(repo, "bench-data", $"search-{articles}"));
var input = Path.Combine(data, "input");
var site = Path.Combine(data, "_site");
var cli = Path.Combine(repo, "src/NewsArchive.Cli/bin/Release/net10.0/NewsArchive.Cli.dll");
var synth = Path.Combine(repo, "tools/NewsArchive.Synth/bin/Release/net10.0/NewsArchive.Synth.dll");
var pagefindBinary = Path.Combine(repo, "node_modules/@pagefind/linux-x64/bin/pagefind_extended");
foreach (var need in new[] { cli, synth, pagefindBinary })
    if (!File.Exists(need)) { Console.Error.WriteLine($"missing {need}: run scripts/bench-search.sh (it builds in Release and runs setup)"); return 1; }

// 1. The archive, our build, Pagefind on the same site.
if (!File.Exists(Path.Combine(data, "ground-truth.jsonl")))
    Run("dotnet", [synth, "--articles", articles.ToString(CultureInfo.InvariantCulture), "--out", data], repo);
double ourBuild, ourIndexStage, ourBuildCpu = double.NaN;
if (rebuild || !File.Exists(Path.Combine(site, "search", "manifest.js")))
{
    var lucene = LuceneIndex.PathFor(input);
    if (Directory.Exists(lucene)) Directory.Delete(lucene, recursive: true);
    ourBuild = Run("dotnet", [cli, "build", "--input", input, "--output", site, "--theme", Path.Combine(repo, "theme")], repo);
    ourBuildCpu = Cpu.Last;
}
else ourBuild = double.NaN;
var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "_site.build-report.json"))).RootElement;
var stages = report.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("seconds").GetDouble());
ourIndexStage = stages.GetValueOrDefault("index");
var pagefindDir = Path.Combine(site, "pagefind");
if (!noPagefind && Directory.Exists(pagefindDir)) Directory.Delete(pagefindDir, recursive: true);
// Pagefind may not manage a large site at all (at 100,000 pages it was killed by the kernel's out-of-memory killer
// at 23.9 GB on a 24 GB machine): then the failure is reported and our engine is measured alone.
double pagefindBuild = double.NaN, pagefindCpu = double.NaN;
string? pagefindFailure = noPagefind ? "not run (--no-pagefind)" : null;
if (!noPagefind) try
    {
        pagefindBuild = Run(pagefindBinary, ["--site", site, "--glob", "**/[0-9][0-9].html"], repo);
        pagefindCpu = Cpu.Last;
    }
    catch (InvalidOperationException e)
    {
        pagefindFailure = e.Message + (e.Message.EndsWith(" 137", StringComparison.Ordinal) ? " (SIGKILL: see dmesg for the out-of-memory killer)" : "");
        Console.Error.WriteLine("Pagefind failed: " + pagefindFailure);
    }
var docCount = report.GetProperty("counters").GetProperty("articles").GetInt64();

// 2. Sizes on disk.
var ours = FolderSize(Path.Combine(site, "search"));
var lucenex = FolderSize(LuceneIndex.PathFor(input));
var theirs = FolderSize(pagefindDir);

// 3. Known-item query sets from the generator's ground truth.
var truth = File.ReadLines(Path.Combine(data, "ground-truth.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
var titles = truth.GroupBy(t => t.GetProperty("title").GetString() ?? "").Where(g => g.Key.Length > 0 && g.Count() == 1).Select(g => g.First()).ToList();
List<(string Query, JsonElement Item)> Sample(IEnumerable<JsonElement> items, Func<JsonElement, string?> query)
{
    var list = items.Select(t => (Query: query(t), Item: t)).Where(x => !string.IsNullOrEmpty(x.Query)).ToList();
    var step = Math.Max(1, list.Count / perSet);
    return [.. list.Where((_, i) => i % step == 0).Take(perSet).Select(x => (x.Query!, x.Item))];
}
var sets = new Dictionary<string, List<(string Query, JsonElement Item)>>
{
    ["Chinese words (title)"] = Sample(titles, t => t.GetProperty("title").GetString()),
    ["Chinese phrase (4 chars)"] = Sample(truth, t => t.GetProperty("phrase").GetString()),
    ["Chinese substring of a word (2 chars)"] = Sample(truth, t => t.GetProperty("phrase").GetString() is { Length: >= 4 } p ? p.Substring(1, 2) : null),
    ["English word"] = Sample(truth, t => t.TryGetProperty("english", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null),
};

File.WriteAllText(Path.Combine(site, "bench-ours.html"), "<!DOCTYPE html><meta charset=utf-8><title>ours</title><script src=\"assets/js/search.js\"></script>\n");
File.WriteAllText(Path.Combine(site, "bench-pagefind.html"), "<!DOCTYPE html><meta charset=utf-8><title>pagefind</title><script type=\"module\" src=\"bench-pagefind.js\"></script>\n");
File.WriteAllText(Path.Combine(site, "bench-pagefind.js"), """
    import * as pagefind from "./pagefind/pagefind.js";
    window.pagefindTop = async (q, n) => {
      const s = await pagefind.search(q);
      const docs = await Promise.all(s.results.slice(0, n).map(r => r.data()));
      return { total: s.results.length, results: docs.map(d => ({ url: d.url })) };
    };
    window.pagefindReady = true;
    """);

using var server = new GzipServer(site);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
});
var engines = new (string Name, string Page, string Ready, string Top)[]
{
    ("NewsArchive", "bench-ours.html", "() => !!window.NewsArchiveSearch", "q => NewsArchiveSearch.top(q, {}, 10)"),
    ("Pagefind", "bench-pagefind.html", "() => !!window.pagefindReady", "q => pagefindTop(q, 10)"),
};

var results = new Dictionary<string, object>();
var allQueries = sets.SelectMany(s => s.Value.Select(x => x.Query)).ToList();
var bytesQueries = sets.SelectMany(s => s.Value.Take(Math.Max(5, perSet / 3)).Select(x => x.Query)).ToList();
foreach (var (name, pageName, ready, top) in engines.Where(e => pagefindFailure is null || e.Name != "Pagefind"))
{
    // Cold: a fresh browser profile per query; every byte the search needs, the page's HTML excepted.
    var coldBytes = new List<double>();
    // Where a query's bytes go: by the folder under search/ (d documents, t/r shards, x/y blocks, m maps), else the file.
    var byKind = new SortedDictionary<string, double>(StringComparer.Ordinal);
    var coldMs = new List<double>();
    foreach (var q in bytesQueries)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var sizes = new List<Task<long>>();
        page.RequestFinished += (_, r) =>
        {
            if (r.Url.EndsWith(".html", StringComparison.Ordinal)) return;
            var path = new Uri(r.Url).AbsolutePath;
            var kind = path.Contains("/search/", StringComparison.Ordinal) && path.Split("/search/")[1] is var rest && rest.Contains('/') ? rest[..rest.IndexOf('/')] : Path.GetFileName(path);
            sizes.Add(r.SizesAsync().ContinueWith(t =>
            {
                lock (byKind) byKind[kind] = byKind.GetValueOrDefault(kind) + t.Result.ResponseBodySize;
                return (long)t.Result.ResponseBodySize;
            }));
        };
        await page.GotoAsync(server.BaseUrl + pageName);
        await page.WaitForFunctionAsync(ready);
        var sw = Stopwatch.StartNew();
        await page.EvaluateAsync(top, q);
        coldMs.Add(sw.Elapsed.TotalMilliseconds);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        coldBytes.Add((await Task.WhenAll(sizes)).Sum());
    }

    // Warm: one page, index entry points loaded by earlier queries; time from asking to the top 10 in hand.
    var warm = await browser.NewPageAsync();
    await warm.GotoAsync(server.BaseUrl + pageName);
    await warm.WaitForFunctionAsync(ready);
    foreach (var q in allQueries.Take(3)) await warm.EvaluateAsync(top, q);
    var warmMs = new List<double>();
    var quality = new Dictionary<string, object>();
    foreach (var (set, queries) in sets)
    {
        double rr = 0, hit = 0;
        foreach (var (q, item) in queries)
        {
            var answer = await warm.EvaluateAsync<JsonElement>($"async q => {{ const t = performance.now(); const r = await ({top})(q); return {{ ms: performance.now() - t, urls: r.results.map(x => x.url) }}; }}", q);
            warmMs.Add(answer.GetProperty("ms").GetDouble());
            var urls = answer.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!.TrimStart('/')).ToList();
            var rank = urls.FindIndex(u => Relevant(u, item)) + 1;
            if (rank > 0) { rr += 1.0 / rank; hit++; }
        }
        quality[set] = new { queries = queries.Count, mrr = Math.Round(rr / queries.Count, 3), recallAt10 = Math.Round(hit / queries.Count, 3) };
    }
    await warm.CloseAsync();
    results[name] = new
    {
        coldBytesMedian = Percentile(coldBytes, 50),
        coldBytesP95 = Percentile(coldBytes, 95),
        coldBytesMeanByKind = byKind.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value / Math.Max(1, bytesQueries.Count))),
        coldMsMedian = Percentile(coldMs, 50),
        warmMsMedian = Percentile(warmMs, 50),
        warmMsP95 = Percentile(warmMs, 95),
        quality,
    };
    Console.Error.WriteLine($"{name}: {JsonSerializer.Serialize(results[name])}");
}

// 4. CLI: the query itself in a warm process (index open), and a whole `search` command run.
var openIndex = new OpenArchiveIndex().Run(input, new BuildReport());
using var searcher = new SearchIndex(openIndex);
foreach (var q in allQueries.Take(10)) searcher.Search(q, new SearchFilters(), 10);
var cliMs = allQueries.Select(q => { var sw = Stopwatch.StartNew(); searcher.Search(q, new SearchFilters(), 10); return sw.Elapsed.TotalMilliseconds; }).ToList();
var processCpuMs = new List<double>();
var processMs = allQueries.Take(8).Select(q => { var w = Run("dotnet", [cli, "search", q, "--input", input, "--json"], repo, quiet: true) * 1000; processCpuMs.Add(Cpu.Last * 1000); return w; }).ToList();

var summary = new
{
    articles = docCount,
    truthArticles = truth.Count,
    ourBuildSeconds = ourBuild,
    ourBuildCpuSeconds = ourBuildCpu,
    ourIndexStageSeconds = ourIndexStage,
    indexSubStages = stages.Where(kv => kv.Key.StartsWith("index", StringComparison.Ordinal)).ToDictionary(),
    pagefindBuildSeconds = pagefindBuild,
    pagefindCpuSeconds = pagefindCpu,
    pagefindFailure,
    ourBytes = ours.Bytes,
    ourFiles = ours.Files,
    luceneBytes = lucenex.Bytes,
    pagefindBytes = theirs.Bytes,
    pagefindFiles = theirs.Files,
    engines = results,
    cliQueryMsMedian = Percentile(cliMs, 50),
    cliQueryMsP95 = Percentile(cliMs, 95),
    cliProcessMsMedian = Percentile(processMs, 50),
    cliProcessCpuMsMedian = Percentile(processCpuMs, 50),
    bytesQueries = bytesQueries.Count,
    qualityQueries = allQueries.Count,
};
var json = JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
File.WriteAllText(Path.Combine(data, "bench-search.json"), json + "\n");
Console.WriteLine(json);
return 0;

bool Relevant(string url, JsonElement item)
{
    var expected = item.GetProperty("url").GetString()!;
    if (File.Exists(Path.Combine(site, expected))) return url == expected;
    // The build split the page differently from the generator: any article of the right page counts.
    return url.StartsWith(expected[..(expected.LastIndexOf('/') + 1)], StringComparison.Ordinal);
}

static double Percentile(List<double> values, int p)
{
    if (values.Count == 0) return double.NaN;
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
    return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Count - 1)], 2);
}

static (long Bytes, int Files) FolderSize(string dir)
{
    if (!Directory.Exists(dir)) return (0, 0);
    var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
    return (files.Sum(), files.Count);
}

/// <summary>Runs a program; returns its wall seconds, and records its processor seconds (user + system) in LastCpu.</summary>
static double Run(string exe, string[] arguments, string cwd, bool quiet = false)
{
    var cpuFile = Path.GetTempFileName();
    var info = new ProcessStartInfo("/bin/bash") { WorkingDirectory = cwd, RedirectStandardOutput = quiet, RedirectStandardError = quiet };
    foreach (var a in (string[])["-c", "TIMEFORMAT='%U %S'; { time \"$@\" ; } 2> >(tail -n 1 > " + cpuFile + ")", "bench", exe, .. arguments]) info.ArgumentList.Add(a);
    var sw = Stopwatch.StartNew();
    using var process = Process.Start(info)!;
    if (quiet) { process.StandardOutput.ReadToEnd(); process.StandardError.ReadToEnd(); }
    process.WaitForExit();
    var wall = Math.Round(sw.Elapsed.TotalSeconds, 3);
    if (process.ExitCode > 1) throw new InvalidOperationException($"{exe} {string.Join(' ', arguments)} exited {process.ExitCode}");
    Thread.Sleep(200);
    var parts = File.ReadAllText(cpuFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    File.Delete(cpuFile);
    Cpu.Last = parts.Length == 2 ? Math.Round(double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture), 3) : double.NaN;
    return wall;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
    throw new InvalidOperationException("run inside the NewsArchive checkout");
}

internal static class Cpu
{
    public static double Last { get; set; } = double.NaN;
}
