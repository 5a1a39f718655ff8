using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NewsArchive.Search;

/// <summary>
/// One field of one document as the index holds it: each term's positions, the token count, and the norm byte
/// Lucene's BM25 gives the field (-1 for an empty one). Two versions alike in a term's positions and in the norm
/// export that term's posting for the document alike.
/// </summary>
internal sealed record FieldTerms(Dictionary<string, List<int>> Positions, long Tokens, int Norm)
{
    public static FieldTerms Of(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        long tokens = 0, overlaps = 0;
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (increment.PositionIncrement == 0) overlaps++;
            tokens++;
            var word = term.ToString();
            if (!positions.TryGetValue(word, out var list)) positions[word] = list = [];
            list.Add(position);
        }
        stream.End();
        // BM25Similarity.ComputeNorm with overlaps discounted, as the index is built.
        var length = tokens - overlaps;
        return new FieldTerms(positions, tokens, length <= 0 ? -1 : SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(length)));
    }
}
