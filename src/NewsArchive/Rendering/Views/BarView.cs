namespace NewsArchive.Rendering.Views;

/// <summary>One bar of a chart, with its geometry already worked out in the chart's own units.</summary>
public sealed record BarView(string Label, string? LabelEn, int Value, double X, double Y, double Width, double Height, string? Url)
{
    /// <summary>Where the bar's text goes (end of a horizontal bar, top of a column).</summary>
    public double TextX { get; init; }
    public double TextY { get; init; }
    public bool ShowLabel { get; init; } = true;
}
