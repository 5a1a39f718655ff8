using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Segmentation;

/// <summary>
/// The work the segmentation of one page may do, so that no page (and no future rule with a loop that does not end)
/// can stop an archive: the rules' loops call <see cref="Step"/>, which counts steps and, every sixteen, checks the
/// bytes this thread allocated and the time spent. Steps and allocations are deterministic (the same page always gives
/// up at the same point); the clock is a last guard for a machine under load and is checked last.
/// </summary>
public sealed class SegmentationBudget
{
    /// <summary>A printed page takes a few thousand steps; this is far above any real page of the same length.</summary>
    public static long StepsFor(int textLength) => 200_000 + 200L * textLength;

    /// <summary>A real page allocates a few megabytes; a loop that allocates without bound stops here.</summary>
    public static long BytesFor(int textLength) => Math.Min(2L << 30, (256L << 20) + 4_000L * textLength);

    public static readonly TimeSpan DefaultTime = TimeSpan.FromSeconds(60);

    [ThreadStatic] private static SegmentationBudget? _current;

    private readonly long _maxSteps;
    private readonly long _maxBytes;
    private readonly long _startBytes;
    private readonly TimeSpan _maxTime;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _steps;

    private SegmentationBudget(long maxSteps, long maxBytes, TimeSpan maxTime)
    {
        _maxSteps = maxSteps;
        _maxBytes = maxBytes;
        _maxTime = maxTime;
        _startBytes = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Runs <paramref name="work"/> on this thread under a budget; throws <see cref="SegmentationBudgetExceededException"/> when it is spent.</summary>
    public static T Run<T>(long maxSteps, long maxBytes, TimeSpan maxTime, Func<T> work)
    {
        var outer = _current;
        _current = new SegmentationBudget(maxSteps, maxBytes, maxTime);
        try
        {
            return work();
        }
        finally
        {
            _current = outer;
        }
    }

    /// <summary>One step of a rule's loop; a no-op outside <see cref="Run{T}"/>.</summary>
    public static void Step()
    {
        if (_current is not { } budget)
            return;
        if (++budget._steps > budget._maxSteps)
            throw new SegmentationBudgetExceededException(string.Create(CultureInfo.InvariantCulture, $"more than {budget._maxSteps:N0} steps"));
        if ((budget._steps & 15) == 0)
            budget.CheckResources();
    }

    private void CheckResources()
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread() - _startBytes;
        if (bytes > _maxBytes)
            throw new SegmentationBudgetExceededException(string.Create(CultureInfo.InvariantCulture, $"more than {_maxBytes >> 20:N0} MB allocated"));
        if (_clock.Elapsed > _maxTime)
            throw new SegmentationBudgetExceededException(string.Create(CultureInfo.InvariantCulture, $"more than {_maxTime.TotalSeconds:N0} s"));
    }
}

/// <summary>The segmentation of a page used up its <see cref="SegmentationBudget"/>.</summary>
public sealed class SegmentationBudgetExceededException(string what) : Exception(what);
