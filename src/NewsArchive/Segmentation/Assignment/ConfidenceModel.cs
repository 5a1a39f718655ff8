using NewsArchive.Model;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// The chance that a reading is wrong, from its symptoms (<see cref="PageSignals"/>, <see cref="ItemSignals"/>): two
/// small logistic models fitted on the made pages of the dev families only (never the held-out ones), the page's
/// threshold chosen leave-one-family-out so that nine in ten pages scoring below 0.8 in a family the fit never saw
/// are flagged. Refit with `scripts/fit-confidence.py` (BENCHMARKS.md) whenever the reading changes.
/// </summary>
internal static class ConfidenceModel
{
    /// <summary>A page at or above this risk is flagged for review.</summary>
    public const double PageThreshold = 0.404;

    /// <summary>An article at or above this risk is listed as likely wrong (nine in ten such were, leave-one-family-out).</summary>
    public const double ItemThreshold = 0.85;

    private const double PageBias = -0.041, PageMargin = -1.282, PageClose = 0.115, PageUntitled = 0.061, PageNoAnchor = 1.096,
        PageOpenEnd = 0.730, PageUnrelated = 1.565, PageNearer = 1.421;

    private const double ItemBias = -0.00, ItemClose = 1.02, ItemMid = 0.68, ItemUntitled = 0.90, ItemNoAnchor = 0.74,
        ItemOpenEnd = 1.41, ItemUnrelated = 0.79, ItemNearer = 0.34, ItemInnerHeading = 0.05, ItemScrap = -0.74;

    /// <summary>The chance (0 to 1) that the page scores below 0.8.</summary>
    public static double PageRisk(PageSignals s) => Logistic(PageBias
        + PageMargin * Math.Min(s.Margin, 4) / 4
        + PageClose * Math.Min(s.CloseHeadings, 5) / 5.0
        + PageUntitled * s.Untitled
        + PageNoAnchor * s.NoAnchor
        + PageOpenEnd * s.OpenEnd
        + PageUnrelated * s.UnrelatedTitles
        + PageNearer * s.TitlesNearer);

    /// <summary>The chance (0 to 1) that the article's title or text is wrong, or that it is no article of the truth.</summary>
    public static double ItemRisk(ItemSignals s, double doubt) => Logistic(ItemBias
        + (s.Margin < doubt ? ItemClose : 0)
        + (s.Margin >= doubt && s.Margin < 2 ? ItemMid : 0)
        + (s.Untitled ? ItemUntitled : 0)
        + (s.NoAnchor ? ItemNoAnchor : 0)
        + (s.OpenEnd ? ItemOpenEnd : 0)
        + (s.UnrelatedTitle ? ItemUnrelated : 0)
        + (s.TitleNearer ? ItemNearer : 0)
        + (s.InnerHeading ? ItemInnerHeading : 0)
        + (s.Scrap ? ItemScrap : 0));

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));
}
