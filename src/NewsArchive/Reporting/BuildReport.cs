using System.Collections.Concurrent;

namespace NewsArchive.Reporting;

/// <summary>
/// Collects what every stage has to say. Thread-safe: stages may report from parallel work.
/// Messages are sorted when read so the report does not depend on thread timing.
/// </summary>
public sealed class BuildReport
{
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private readonly ConcurrentDictionary<string, StageTiming> _timings = new();
    private readonly ConcurrentDictionary<string, long> _counters = new();

    public void Add(Diagnostic diagnostic) => _diagnostics.Enqueue(diagnostic);

    public void Info(string stage, string? file, string message) => Add(new(Severity.Info, stage, file, null, message));

    public void Warn(string stage, string? file, string message, int? line = null, int? column = null) =>
        Add(new(Severity.Warning, stage, file, line, message) { Column = column });

    public void Error(string stage, string? file, string message, int? line = null, int? column = null) =>
        Add(new(Severity.Error, stage, file, line, message) { Column = column });

    public void Count(string counter, long by = 1) => _counters.AddOrUpdate(counter, by, (_, n) => n + by);

    public void Time(string stage, TimeSpan elapsed, int items) =>
        _timings.AddOrUpdate(stage, new StageTiming(stage, elapsed, items), (_, t) => t with { Elapsed = t.Elapsed + elapsed, Items = t.Items + items });

    public IReadOnlyList<Diagnostic> Diagnostics =>
        [.. _diagnostics.OrderBy(d => d.File ?? "", StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Stage, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];

    public IReadOnlyList<StageTiming> Timings => [.. _timings.Values.OrderBy(t => t.Order).ThenBy(t => t.Stage, StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, long> Counters => _counters.ToDictionary(kv => kv.Key, kv => kv.Value);

    public bool HasErrors => _diagnostics.Any(d => d.Severity == Severity.Error);

    public int CountOf(Severity severity) => _diagnostics.Count(d => d.Severity == severity);
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed, int Items)
{
    /// <summary>Stages are timed in pipeline order; the first time a stage is seen fixes its place.</summary>
    public long Order { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Items / Elapsed.TotalSeconds : 0;
}
