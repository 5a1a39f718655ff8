namespace NewsArchive.Reporting;

/// <summary>Where stages report progress; the CLI shows a bar on a terminal and plain lines otherwise.</summary>
public interface IProgressSink
{
    void StageStarted(string stage, int total);
    void Advance(string stage, int by = 1);
    void StageFinished(string stage);
}

public sealed class NoProgress : IProgressSink
{
    public static readonly NoProgress Instance = new();

    public void StageStarted(string stage, int total) { }
    public void Advance(string stage, int by = 1) { }
    public void StageFinished(string stage) { }
}
