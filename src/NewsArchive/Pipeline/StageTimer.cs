using System.Diagnostics;

namespace NewsArchive.Pipeline;

/// <summary>Runs one stage and puts its wall time, item count and processor time in the report.</summary>
public static class StageTimer
{
    public static T Run<T>(BuildReport report, string stage, Func<T> run, Func<T, int> items)
    {
        var sw = Stopwatch.StartNew();
        var cpu = ProcessorTime();
        var result = run();
        report.Time(stage, sw.Elapsed, items(result));
        CountProcessorTime(report, stage, ProcessorTime() - cpu);
        return result;
    }

    /// <summary>
    /// Runs a stage that shares the cores with others (the index stage while the pages render): its wall time only, since
    /// the process's processor time meanwhile is theirs too.
    /// </summary>
    public static T RunAlongside<T>(BuildReport report, string stage, Func<T> run, Func<T, int> items)
    {
        var sw = Stopwatch.StartNew();
        var result = run();
        report.Time(stage, sw.Elapsed, items(result));
        return result;
    }

    /// <summary>Processor time of the whole process: on a shared machine it says what a stage costs when wall time cannot.</summary>
    public static TimeSpan ProcessorTime() => Environment.CpuUsage.TotalTime;

    public static void CountProcessorTime(BuildReport report, string stage, TimeSpan cpu) => report.Count("cpu ms: " + stage, (long)cpu.TotalMilliseconds);
}
