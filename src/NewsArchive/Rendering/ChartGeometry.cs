using NewsArchive.Rendering.Views;

namespace NewsArchive.Rendering;

/// <summary>Lays out bar charts in SVG user units; the theme draws them. Numbers are rounded so output is stable.</summary>
public static class ChartGeometry
{
    public const double Width = 640;
    private const double RowHeight = 26;
    private const double LabelWidth = 150;
    private const double ColumnsHeight = 240;
    private const double ColumnsBottom = 200;
    private const double ColumnsLeft = 44;

    public sealed record Datum(string Label, string? LabelEn, int Value, string? Url);

    /// <summary>Horizontal bars with their names on the left: for kinds, reporters, keywords.</summary>
    public static ChartView Bars(string id, LabelView title, IReadOnlyList<Datum> data)
    {
        var max = Math.Max(1, data.Count == 0 ? 1 : data.Max(d => d.Value));
        var plot = Width - LabelWidth - 56;
        var bars = data.Select((d, i) =>
        {
            var w = R(d.Value * plot / max);
            var y = R(i * RowHeight + 4);
            return new BarView(d.Label, d.LabelEn, d.Value, LabelWidth, y, Math.Max(w, 1), 18, d.Url) { TextX = R(LabelWidth + Math.Max(w, 1) + 6), TextY = R(y + 14) };
        }).ToList();
        return new ChartView(id, title, true, Width, R(Math.Max(1, data.Count) * RowHeight + 8), bars) { Max = max, PlotLeft = LabelWidth - 8 };
    }

    /// <summary>Columns over an ordered axis (months, page numbers); with many columns only every Nth is labelled.</summary>
    public static ChartView Columns(string id, LabelView title, IReadOnlyList<Datum> data, Func<int, Datum, bool>? labelled = null)
    {
        var max = Math.Max(1, data.Count == 0 ? 1 : data.Max(d => d.Value));
        var slot = (Width - ColumnsLeft - 8) / Math.Max(1, data.Count);
        var every = Math.Max(1, (int)Math.Ceiling(data.Count / 16.0));
        var bars = data.Select((d, i) =>
        {
            var h = R(d.Value * (ColumnsBottom - 20) / max);
            var w = R(Math.Clamp(slot * 0.7, 1, 56));
            var x = R(ColumnsLeft + i * slot + (slot - w) / 2);
            return new BarView(d.Label, d.LabelEn, d.Value, x, R(ColumnsBottom - h), w, h, d.Url)
            {
                TextX = R(x + w / 2),
                TextY = ColumnsBottom + 16,
                ShowLabel = labelled?.Invoke(i, d) ?? i % every == 0,
            };
        }).ToList();
        return new ChartView(id, title, false, Width, ColumnsHeight, bars) { Max = max, PlotLeft = ColumnsLeft - 4, PlotBottom = ColumnsBottom };
    }

    private static double R(double v) => Math.Round(v, 1);
}
