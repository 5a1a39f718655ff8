using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsArchive.Pipeline;

/// <summary>
/// Reads a plan on a thread of its own, in order, a batch at a time and a bounded number of batches ahead of the
/// reader. The batches come out in the plan's order, so whatever the plan collects as it goes (the sitemap) is
/// complete and in order when it is read; an exception the plan throws comes out of <see cref="Next"/> as itself,
/// after the batches planned before it. Disposing stops the planning thread and waits for it, so nothing is left
/// touching the plan after the build has moved on (or failed).
/// </summary>
public sealed class PlanAhead<T> : IDisposable
{
    private readonly BlockingCollection<T[]> _batches;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _planner;
    private ExceptionDispatchInfo? _failure;

    public PlanAhead(IEnumerable<T> plan, int batchSize, int ahead)
    {
        _batches = new BlockingCollection<T[]>(ahead);
        // A thread of its own: the planner must not take one of the threads the renders run on.
        _planner = Task.Factory.StartNew(() => Plan(plan, batchSize), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The next batch in plan order, or null when the plan is done; rethrows what the plan threw.</summary>
    public T[]? Next()
    {
        if (_batches.TryTake(out var batch, Timeout.Infinite))
            return batch;
        _failure?.Throw();
        return null;
    }

    private void Plan(IEnumerable<T> plan, int batchSize)
    {
        try
        {
            foreach (var batch in plan.Chunk(batchSize))
                _batches.Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // the reader stopped early (a render failed): nothing more to plan
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _batches.CompleteAdding();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _planner.Wait();
        _batches.Dispose();
        _stop.Dispose();
    }
}
