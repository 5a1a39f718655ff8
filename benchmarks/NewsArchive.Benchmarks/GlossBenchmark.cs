using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.Chinese;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Model;

namespace NewsArchive.Benchmarks;

/// <summary>
/// CC-CEDICT load time and gloss throughput, on the articles of tests/NewsArchive.Tests/Pages/*/expected.json:
/// <c>dotnet run -c Release --project benchmarks/NewsArchive.Benchmarks -- gloss [runs]</c>.
/// Loads are timed in one process: the first includes JIT, the rest are warm; medians are reported.
/// </summary>
public static class GlossBenchmark
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var root = FindRoot();
        var path = CedictLocator.Find([root]) ?? throw new InvalidOperationException("run scripts/setup.sh first: no CC-CEDICT");

        // CPU time beside wall time: on a shared machine the wall clock mostly measures the other processes.
        var loads = new List<double>();
        var loadCpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var cpu = Cpu();
            var watch = Stopwatch.StartNew();
            var dictionary = CedictDictionary.Load(path);
            loads.Add(watch.Elapsed.TotalMilliseconds);
            loadCpu.Add(Cpu() - cpu);
            GC.KeepAlive(dictionary);
        }
        Console.WriteLine($"dictionary load: first {loads[0]:F0} ms wall / {loadCpu[0]:F0} ms CPU; median of the next {runs - 1}: " +
            $"{Median(loads.Skip(1)):F0} ms wall / {Median(loadCpu.Skip(1)):F0} ms CPU ({CedictDictionary.Load(path).Count} headwords)");

        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        var items = Directory.GetDirectories(Path.Combine(root, "tests", "NewsArchive.Tests", "Pages")).Order(StringComparer.Ordinal)
            .SelectMany(d => JsonDocument.Parse(File.ReadAllText(Path.Combine(d, "expected.json"))).RootElement.GetProperty("items").Deserialize<List<SegmentedItem>>(options)!)
            .ToList();
        var summarize = new SummarizeArticle();
        var requests = items.Select((item, i) => new EnglishRequest($"a{i}", item.Kicker, item.Title, item.Subtitle, summarize.Summarize(item), EnglishRequest.ContextOf(item))).ToList();
        var gloss = new DictionaryGloss(path);
        foreach (var r in requests)
            gloss.Render(r);                                   // warm-up: JIT and the dictionary

        var rates = new List<double>();
        var cpuRates = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var cpu = Cpu();
            var watch = Stopwatch.StartNew();
            var done = 0;
            while (watch.Elapsed < TimeSpan.FromSeconds(2))
                foreach (var r in requests)
                {
                    gloss.Render(r);
                    done++;
                }
            rates.Add(done / watch.Elapsed.TotalSeconds);
            cpuRates.Add(done / ((Cpu() - cpu) / 1000));
        }
        Console.WriteLine($"gloss: median {Median(rates):F0} articles/s wall, {Median(cpuRates):F0} per CPU-second, over {runs} runs of 2 s, one thread ({requests.Count} test-page articles)");

        var keywords = new ExtractKeywords();
        var chinese = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var item in items)
            {
                summarize.Summarize(item);
                keywords.Extract(item);
            }
            chinese.Add(items.Count / watch.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"summary + keywords: median {Median(chinese):F0} articles/s, one thread");
        return 0;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
                return dir.FullName;
        throw new InvalidOperationException("run inside the NewsArchive checkout");
    }
}
