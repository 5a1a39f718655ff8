namespace NewsArchive.Enrichment.Chinese;

public enum EntityKind
{
    Person,
    Place,
    Organisation,
}

/// <summary>A name found in a text: words [First, Last] of the segmentation, characters [Start, End).</summary>
public sealed record Entity(EntityKind Kind, string Text, int Start, int First, int Last)
{
    public int End => Start + Text.Length;
}
