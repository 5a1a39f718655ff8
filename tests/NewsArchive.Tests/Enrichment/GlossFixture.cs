using NewsArchive.Enrichment.Gloss;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>The gloss with the CC-CEDICT that scripts/setup.sh installs in the checkout; loaded once for all tests.</summary>
public static class GlossFixture
{
    public static DictionaryGloss Gloss { get; } = DictionaryGloss.Locate(Repo.Input);

    public static DictionaryGloss Require()
    {
        Assert.True(Gloss.Dictionary is not null, Gloss.Problem ?? "no dictionary");
        return Gloss;
    }
}
