namespace NewsArchive.Search;

/// <summary>A growable run of characters kept from term to term (a StringBuilder let go of its blocks at every Clear).</summary>
internal sealed class Chars
{
    private char[] _buffer = new char[4096];

    public int Length { get; private set; }

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        _buffer[Length++] = c;
    }

    public void Append(string text, int start, int length)
    {
        if (Length + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + length));
        text.CopyTo(start, _buffer, Length, length);
        Length += length;
    }

    public void Append(Chars other, int start, int length)
    {
        if (Length + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + length));
        Array.Copy(other._buffer, start, _buffer, Length, length);
        Length += length;
    }

    public override string ToString() => new(_buffer, 0, Length);
}

/// <summary>One term's documents (browser number, and where each posting's tail sits in the tails buffer), sorted by number with a primitive sort.</summary>
internal sealed class PostingList
{
    private int[] _ords = new int[256];
    private int[] _order = new int[256];
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Add(int ord, int start, int length)
    {
        if (Count == _ords.Length)
        {
            Array.Resize(ref _ords, Count * 2);
            Array.Resize(ref _order, Count * 2);
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }
        _ords[Count] = ord;
        _order[Count] = Count;
        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
    }

    public void SortByOrd()
    {
        // Lucene's documents are mostly in archive order already: sorted only when they are not.
        for (var i = 1; i < Count; i++)
            if (_ords[i] < _ords[i - 1])
            {
                Array.Sort(_ords, _order, 0, Count);
                return;
            }
    }

    public int Ord(int i) => _ords[i];

    public int Start(int i) => _starts[_order[i]];

    public int Length(int i) => _lengths[_order[i]];
}
