using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsArchive.Search;

/// <summary>Feeds Lucene the tokens of <see cref="BigramTokens"/> (bigrams, or unigrams), after folding the text.</summary>
public sealed class TokenListAnalyzer(SimplifiedMap map, bool unigrams) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ListTokenizer(reader, map, unigrams));

    private sealed class ListTokenizer : Tokenizer
    {
        private readonly SimplifiedMap _map;
        private readonly bool _unigrams;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private IEnumerator<BigramToken>? _tokens;
        private int _last = -1;
        private int _length;

        public ListTokenizer(TextReader reader, SimplifiedMap map, bool unigrams) : base(reader)
        {
            _map = map;
            _unigrams = unigrams;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_tokens is null || !_tokens.MoveNext()) return false;
            var token = _tokens.Current;
            _term.SetEmpty().Append(token.Term);
            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            _increment.PositionIncrement = token.Position - _last;
            _last = token.Position;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = _map.Fold(m_input.ReadToEnd());
            _length = text.Length;
            _tokens = (_unigrams ? BigramTokens.Unigrams(text) : BigramTokens.Bigrams(text)).GetEnumerator();
            _last = -1;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(CorrectOffset(_length), CorrectOffset(_length));
        }
    }
}
