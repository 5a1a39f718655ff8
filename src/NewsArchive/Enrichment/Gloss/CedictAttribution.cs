namespace NewsArchive.Enrichment.Gloss;

/// <summary>What the site must say about CC-CEDICT (Creative Commons Attribution-ShareAlike 4.0) where the gloss is shown.</summary>
public static class CedictAttribution
{
    public const string Name = "CC-CEDICT";
    public const string Url = "https://cc-cedict.org/wiki/";
    public const string LicenceName = "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by-sa/4.0/";

    /// <summary>One sentence for the About page.</summary>
    public const string Text =
        "The machine gloss of English titles and summaries uses CC-CEDICT, the community Chinese-English dictionary " +
        "(https://cc-cedict.org/wiki/), published by MDBG under the Creative Commons Attribution-ShareAlike 4.0 International " +
        "licence (https://creativecommons.org/licenses/by-sa/4.0/). Glossed text derived from it is shared under the same licence.";
}
