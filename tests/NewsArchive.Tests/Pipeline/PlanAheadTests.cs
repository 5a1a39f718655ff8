using NewsArchive.Pipeline;

namespace NewsArchive.Tests.Pipeline;

/// <summary>The plan of a site read ahead of its renders: same files, same order, same errors as reading it in line.</summary>
public sealed class PlanAheadTests
{
    private static List<int[]> Drain(PlanAhead<int> ahead)
    {
        var batches = new List<int[]>();
        while (ahead.Next() is { } batch)
            batches.Add(batch);
        return batches;
    }

    [Fact]
    public void Batches_come_out_in_plan_order()
    {
        using var ahead = new PlanAhead<int>(Enumerable.Range(0, 1000), 64, 2);
        var batches = Drain(ahead);
        Assert.Equal(Enumerable.Range(0, 1000), batches.SelectMany(b => b));
        Assert.All(batches.SkipLast(1), b => Assert.Equal(64, b.Length));
        Assert.Null(ahead.Next());
    }

    private static IEnumerable<int> FailingAt(int at)
    {
        for (var i = 0; ; i++)
        {
            if (i == at)
                throw new InvalidDataException("template missing");
            yield return i;
        }
    }

    [Fact]
    public void A_failing_plan_fails_the_reader_with_its_own_exception_after_what_was_planned_before()
    {
        using var ahead = new PlanAhead<int>(FailingAt(100), 10, 2);
        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            while (ahead.Next() is { } batch)
                seen.AddRange(batch);
        });
        Assert.Equal("template missing", e.Message);
        Assert.Equal(Enumerable.Range(0, 100), seen);
    }

    [Fact]
    public void Planning_stays_a_few_batches_ahead_and_stops_when_the_reader_does()
    {
        var planned = 0;
        IEnumerable<int> Plan()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                Interlocked.Increment(ref planned);
                yield return i;
            }
        }
        var ahead = new PlanAhead<int>(Plan(), 10, 2);
        Assert.NotNull(ahead.Next());
        Thread.Sleep(200);
        // The batch read, two waiting and one being added: never the whole plan.
        Assert.InRange(Volatile.Read(ref planned), 10, 50);
        ahead.Dispose();
        var stopped = Volatile.Read(ref planned);
        Thread.Sleep(100);
        Assert.Equal(stopped, Volatile.Read(ref planned));
    }
}
