namespace NewsArchive.Enrichment.Gloss;

/// <summary>A date, number, amount or percentage found in Chinese text, with its English.</summary>
public readonly record struct Quantity(int Start, int Length, string English)
{
    public int End => Start + Length;
}
