using NewsArchive.Pipeline;
using Spectre.Console;

namespace NewsArchive.Cli;

/// <summary>A live progress bar per stage on a terminal; plain "stage: n items" lines when output is redirected (CI, logs).</summary>
internal static class BuildProgress
{
    public static BuildResult Run(BuildOptions options, TextWriter stdout)
    {
        var interactive = !Console.IsOutputRedirected && stdout == Console.Out && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
            return new BuildPipeline(options, new PlainProgress(stdout)).Run();

        BuildResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => result = new BuildPipeline(options, new BarProgress(context)).Run());
        return result!;
    }

    internal sealed class PlainProgress(TextWriter stdout) : IProgressSink
    {
        private readonly Dictionary<string, int> _done = [];

        public void StageStarted(string stage, int total)
        {
            lock (_done) _done[stage] = 0;
            stdout.WriteLine(total > 0 ? $"{stage}: {total} items" : $"{stage}...");
        }

        public void Advance(string stage, int by = 1)
        {
            lock (_done) _done[stage] = _done.GetValueOrDefault(stage) + by;
        }

        public void StageFinished(string stage)
        {
            lock (_done) stdout.WriteLine($"{stage}: done ({_done.GetValueOrDefault(stage)})");
        }
    }

    internal sealed class BarProgress(ProgressContext context) : IProgressSink
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void StageStarted(string stage, int total)
        {
            lock (_tasks)
            {
                var task = context.AddTask(stage, maxValue: Math.Max(total, 1));
                task.IsIndeterminate = total == 0;
                _tasks[stage] = task;
            }
        }

        public void Advance(string stage, int by = 1)
        {
            lock (_tasks)
                if (_tasks.TryGetValue(stage, out var task))
                {
                    if (task.IsIndeterminate) task.MaxValue = task.Value + by + 1;
                    task.Increment(by);
                }
        }

        public void StageFinished(string stage)
        {
            lock (_tasks)
                if (_tasks.TryGetValue(stage, out var task))
                {
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
        }
    }
}
