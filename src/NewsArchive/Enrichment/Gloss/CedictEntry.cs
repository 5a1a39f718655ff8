namespace NewsArchive.Enrichment.Gloss;

/// <summary>One CC-CEDICT entry: a reading (numbered pinyin, "Wang2 Zheng4") and its English senses.</summary>
public sealed record CedictEntry(string Pinyin, IReadOnlyList<string> Senses)
{
    /// <summary>Proper nouns have capitalised pinyin in CC-CEDICT (聊城 Liao2 cheng2).</summary>
    public bool IsProperNoun => Pinyin.Length > 0 && char.IsUpper(Pinyin[0]);

    public bool IsSurname => Senses.Any(s => s.StartsWith("surname ", StringComparison.Ordinal));

    /// <summary>Entries that only point elsewhere ("variant of 說|说[shuo1]").</summary>
    public bool IsVariant => Senses.All(s => s.Contains("variant of", StringComparison.Ordinal) || s.StartsWith("see ", StringComparison.Ordinal));
}
