namespace NewsArchive.Rendering.Views;

/// <summary>A bar chart drawn by the theme as SVG at build time; Horizontal bars carry names, columns carry a scale.</summary>
public sealed record ChartView(string Id, LabelView Title, bool Horizontal, double Width, double Height, IReadOnlyList<BarView> Bars)
{
    public int Max { get; init; }
    public double PlotLeft { get; init; }
    public double PlotBottom { get; init; }
}
