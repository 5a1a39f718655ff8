using BenchmarkDotNet.Attributes;
using NewsArchive.Segmentation;

namespace NewsArchive.Benchmarks;

/// <summary>Segmenting one page: the real sample page, and every test page in turn.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private string _sample = "";
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var folder = Path.Combine(root, "tests", "NewsArchive.Tests", "Pages");
        _sample = File.ReadAllText(Path.Combine(folder, "liaocheng-sample", "page.txt"));
        _pages = [.. Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(d => File.ReadAllText(Path.Combine(d, "page.txt")))];
    }

    [Benchmark(Baseline = true)]
    public int SamplePage() => PageSegmenter.Segment(_sample).Items.Count;

    [Benchmark(OperationsPerInvoke = 9)]
    public int EachTestPage()
    {
        var n = 0;
        foreach (var page in _pages)
            n += PageSegmenter.Segment(page).Items.Count;
        return n;
    }

    internal static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
