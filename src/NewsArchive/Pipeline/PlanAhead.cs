using System.Runtime.ExceptionServices;

namespace NewsArchive.Pipeline;

/// <summary>
/// Reads a plan on a thread of its own, in order, a batch at a time and a bounded number of batches ahead of the
/// reader. The batches come out in the plan's order, so whatever the plan collects as it goes (the sitemap) is
/// complete and in order when it is read; an exception the plan throws comes out of <see cref="Next"/> as itself,
/// after the batches planned before it. Disposing stops the planning thread and waits for it, so nothing is left
/// touching the plan after the build has moved on (or failed). The planner waits for room by sleeping on a monitor:
/// a BlockingCollection spun first, and on two cores that spinning took a quarter of a second from the renders.
/// </summary>
public sealed class PlanAhead<T> : IDisposable
{
    private readonly Queue<T[]> _batches = new();
    private readonly object _gate = new();
    private readonly int _ahead;
    private readonly Task _planner;
    private bool _done;
    private bool _stopped;
    private ExceptionDispatchInfo? _failure;

    public PlanAhead(IEnumerable<T> plan, int batchSize, int ahead)
    {
        _ahead = Math.Max(1, ahead);
        // A thread of its own: the planner must not take one of the threads the renders run on.
        _planner = Task.Factory.StartNew(() => Plan(plan, batchSize), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The next batch in plan order, or null when the plan is done; rethrows what the plan threw.</summary>
    public T[]? Next()
    {
        lock (_gate)
        {
            while (_batches.Count == 0 && !_done)
                Monitor.Wait(_gate);
            if (_batches.TryDequeue(out var batch))
            {
                Monitor.PulseAll(_gate);
                return batch;
            }
        }
        _failure?.Throw();
        return null;
    }

    private void Plan(IEnumerable<T> plan, int batchSize)
    {
        try
        {
            foreach (var batch in plan.Chunk(batchSize))
                lock (_gate)
                {
                    while (_batches.Count >= _ahead && !_stopped)
                        Monitor.Wait(_gate);
                    // the reader stopped early (a render failed): nothing more to plan
                    if (_stopped)
                        return;
                    _batches.Enqueue(batch);
                    Monitor.PulseAll(_gate);
                }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            lock (_gate)
            {
                _done = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
        _planner.Wait();
    }
}
