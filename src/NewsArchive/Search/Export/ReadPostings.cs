using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static NewsArchive.Search.SearchWire;

namespace NewsArchive.Search;

/// <summary>A term's postings: whole, or in blocks (a block with no content is kept as the last export wrote it).</summary>
internal sealed record TermPostings(string Term, string Whole, IReadOnlyList<(int FirstOrd, string? Content)>? Blocks, int Count);

/// <summary>Where a long posting list's encoding starts again: its blocks before <paramref name="From"/> (their first documents given) are kept.</summary>
internal sealed record Resume(int From, IReadOnlyList<int> KeptFirsts);

internal sealed record FieldPostings(IReadOnlyList<TermPostings>[] Tiers, long SumTtf);

/// <summary>
/// Reads a field's postings out of Lucene in the browser's document order and encodes them (<see cref="SearchWire"/>):
/// whole, in blocks of about <c>blockChars</c>, resumed after the blocks a partial export keeps, or appended to.
/// </summary>
internal sealed class ReadPostings(int blockChars, int inlineChars)
{
    private static int Norm(byte[]? norms, int doc) => norms is null ? NormBase : Math.Min(NormBase, (int)norms[doc]);

    /// <summary>
    /// A field's norm of every document, read once: looked up per posting, Lucene's norms of a many-segment index
    /// search for the document's segment every time.
    /// </summary>
    private static byte[]? Norms(IndexReader reader, string field)
    {
        if (MultiDocValues.GetNormValues(reader, field) is null) return null;
        var norms = new byte[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
            if (leaf.AtomicReader.GetNormValues(field) is { } segment)
                for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
                    norms[leaf.DocBase + d] = (byte)(segment.Get(d) & 0xFF);
        return norms;
    }

    /// <summary>
    /// Every term of one field (or only <paramref name="only"/>, in order) with its postings over the live documents
    /// numbered from bounds[0] to bounds[^1] (the term's bounds), encoded, in term order, one list per tier (the bounds between); and the
    /// field's token total over those documents, summed here rather than taken from Lucene's statistics, which still
    /// count an incremental build's replaced documents until their segment is merged. Lists resume only in one tier.
    /// </summary>
    public FieldPostings Walk(IndexReader reader, string field, bool positions, IBits? live, IReadOnlyList<string>? only, int[] ord,
        Func<string, int[]> boundsOf, IReadOnlyDictionary<string, Resume>? resume = null, int tiers = 1)
    {
        var result = Enumerable.Range(0, tiers).Select(_ => new List<TermPostings>()).ToArray();
        var terms = MultiFields.GetTerms(reader, field);
        var norms = Norms(reader, field);
        long sumTtf = 0;
        if (terms is null) return new FieldPostings(result, sumTtf);
        var perDoc = new PostingList();
        // Every posting's tail (norm, tf, positions) goes into one buffer per term: one string for the term, not one a document.
        var tails = new Chars();
        var te = terms.GetEnumerator();
        DocsAndPositionsEnum? dpe = null;
        DocsEnum? de = null;
        var next = 0;
        while (only is null ? te.MoveNext() : next < only.Count)
        {
            string? sought = null;
            if (only is not null && !te.SeekExact(new BytesRef(sought = only[next++])))
                continue;
            var term = sought ?? te.Term.Utf8ToString();
            var bounds = boundsOf(term);
            var (lo, hi) = (bounds[0], bounds[^1]);
            // Documents before a resumed list's first changed block are only measured, not encoded.
            var from = sought is not null && resume is not null && resume.TryGetValue(sought, out var r) ? r : null;
            var skipBelow = from?.From ?? 0;
            perDoc.Clear();
            tails.Clear();
            if (positions)
            {
                dpe = te.DocsAndPositions(live, dpe);
                while (dpe!.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var o = ord[dpe.DocID];
                    if (o < lo || o >= hi) continue;
                    var freq = dpe.Freq;
                    sumTtf += freq;
                    if (o < skipBelow)
                    {
                        var length = VarintLength(NormBase - Norm(norms, dpe.DocID)) + VarintLength(freq);
                        var lp = 0;
                        for (var i = 0; i < freq; i++) { var p = dpe.NextPosition(); length += VarintLength(p - lp); lp = p; }
                        perDoc.Add(o, -1, length);
                        continue;
                    }
                    var start = tails.Length;
                    Varint(tails, NormBase - Norm(norms, dpe.DocID));
                    Varint(tails, freq);
                    var last = 0;
                    for (var i = 0; i < freq; i++) { var p = dpe.NextPosition(); Varint(tails, p - last); last = p; }
                    perDoc.Add(o, start, tails.Length - start);
                }
            }
            else
            {
                de = te.Docs(live, de, DocsFlags.FREQS);
                while (de.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var o = ord[de.DocID];
                    if (o < lo || o >= hi) continue;
                    sumTtf += de.Freq;
                    if (o < skipBelow)
                    {
                        perDoc.Add(o, -1, VarintLength(NormBase - Norm(norms, de.DocID)) + VarintLength(de.Freq));
                        continue;
                    }
                    var start = tails.Length;
                    Varint(tails, NormBase - Norm(norms, de.DocID));
                    Varint(tails, de.Freq);
                    perDoc.Add(o, start, tails.Length - start);
                }
            }
            // A term whose documents were all replaced lingers in the terms until a merge: not in the archive.
            if (perDoc.Count == 0) continue;
            perDoc.SortByOrd();
            if (from is not null)
            {
                if (Resumed(term, perDoc, tails, from) is { } resumed) result[0].Add(resumed);
                else
                {
                    // The list no longer splits where it did: encoded whole again, as a whole export would.
                    resume = resume!.Where(kv => kv.Key != term).ToDictionary(StringComparer.Ordinal);
                    next--;
                }
                continue;
            }
            for (int t = 0, start = 0; t < result.Length; t++)
            {
                var end = start;
                while (end < perDoc.Count && perDoc.Ord(end) < bounds[t + 1]) end++;
                if (end > start) result[t].Add(Postings(term, perDoc, tails, start, end));
                start = end;
            }
        }
        return new FieldPostings(result, sumTtf);
    }

    /// <summary>
    /// The touched terms of one field (in order) with the postings of the documents numbered from <paramref name="firstNew"/>
    /// on appended to their old ones: a long list keeps its blocks but the last, whose documents come from the shard
    /// file the site holds, not from Lucene. Only the index segments that hold added documents are searched.
    /// </summary>
    public List<TermPostings> Append(IndexReader reader, string field, bool positions, IReadOnlyList<string> terms, int[] ord, int firstNew, int hi,
        IReadOnlyDictionary<string, OldPostings> old)
    {
        var norms = Norms(reader, field);
        var leaves = reader.Leaves
            .Where(l => Enumerable.Range(l.DocBase, l.AtomicReader.MaxDoc).Any(d => ord[d] >= firstNew && ord[d] < hi))
            .Select(l => (l.DocBase, Live: l.AtomicReader.LiveDocs, Terms: l.AtomicReader.GetTerms(field)?.GetEnumerator()))
            .Where(l => l.Terms is not null)
            .ToList();
        // Each segment's enumerators are reused from term to term: a new one clones the segment's postings files.
        var positioned = new DocsAndPositionsEnum?[leaves.Count];
        var counted = new DocsEnum?[leaves.Count];
        var result = new List<TermPostings>();
        var perDoc = new PostingList();
        var tails = new Chars();
        foreach (var term in terms)
        {
            perDoc.Clear();
            tails.Clear();
            var was = old.GetValueOrDefault(term);
            if (was is not null) Decode(was.Tail ?? was.Whole!, positions, perDoc, tails);
            var added = 0;
            var sought = new BytesRef(term);
            for (var l = 0; l < leaves.Count; l++)
            {
                var (docBase, live, te) = leaves[l];
                if (!te!.SeekExact(sought)) continue;
                DocsEnum docs = positions ? positioned[l] = te.DocsAndPositions(live, positioned[l]) : counted[l] = te.Docs(live, counted[l], DocsFlags.FREQS);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var o = ord[docBase + docs.DocID];
                    if (o < firstNew || o >= hi) continue;
                    var start = tails.Length;
                    Varint(tails, NormBase - Norm(norms, docBase + docs.DocID));
                    Varint(tails, docs.Freq);
                    if (positions && docs is DocsAndPositionsEnum dpe)
                        for (int i = 0, last = 0; i < dpe.Freq; i++) { var p = dpe.NextPosition(); Varint(tails, p - last); last = p; }
                    perDoc.Add(o, start, tails.Length - start);
                    added++;
                }
            }
            if (perDoc.Count == 0) continue;
            perDoc.SortByOrd();
            if (was?.Blocks is not { } blocks)
            {
                result.Add(Postings(term, perDoc, tails, 0, perDoc.Count));
                continue;
            }
            // The blocks before the last keep their cuts: greedy from the first document, they end where they did.
            var list = blocks.Take(blocks.Count - 1).Select(b => (b.First, (string?)null)).ToList();
            foreach (var (start, end) in Cuts(perDoc, 0, perDoc.Count))
                list.Add((perDoc.Ord(start), Encode(perDoc, tails, start, end)));
            result.Add(new TermPostings(term, "", list, was.Count + added));
        }
        return result;
    }

    /// <summary>
    /// One term's postings in one field: "count, then per document: ord delta, norm, tf, position deltas".
    /// A list of <c>inlineChars</c> or less sits in the term's shard; a longer one is cut at document boundaries into
    /// blocks of about <c>blockChars</c>, each its own file, and the shard keeps the document count and each block's
    /// first document: a phrase then loads only the blocks of its other terms that can hold its rarest term's documents.
    /// </summary>
    public TermPostings Postings(string term, PostingList docs, Chars tails, int from, int to)
    {
        if (WholeLength(docs, from, to) <= inlineChars) return new TermPostings(term, Encode(docs, tails, from, to), null, to - from);
        var list = new List<(int, string?)>();
        foreach (var (start, end) in Cuts(docs, from, to))
            list.Add((docs.Ord(start), Encode(docs, tails, start, end)));
        return new TermPostings(term, "", list, to - from);
    }

    /// <summary>
    /// A long list encoded from <see cref="Resume.From"/> on, its earlier blocks kept; null when the list no longer
    /// splits where it did (then it is encoded whole again).
    /// </summary>
    private TermPostings? Resumed(string term, PostingList docs, Chars tails, Resume resume)
    {
        if (WholeLength(docs, 0, docs.Count) <= inlineChars) return null;
        var list = new List<(int, string?)>();
        foreach (var (start, end) in Cuts(docs, 0, docs.Count))
        {
            var first = docs.Ord(start);
            if (first < resume.From)
            {
                // Kept only if it starts where it did and takes in no document from the changed part.
                if (list.Count >= resume.KeptFirsts.Count || resume.KeptFirsts[list.Count] != first || docs.Ord(end - 1) >= resume.From) return null;
                list.Add((first, null));
            }
            else
            {
                if (list.Count != resume.KeptFirsts.Count) return null;
                list.Add((first, Encode(docs, tails, start, end)));
            }
        }
        // A list that lost its tail (a shortened article dropped the term) ends on a kept block: encoded whole instead.
        return list.Count > 0 && list[^1].Item2 is null ? null : new TermPostings(term, "", list, docs.Count);
    }

    /// <summary>The length of the whole list's encoding, measured without making it.</summary>
    private static int WholeLength(PostingList docs, int from, int to)
    {
        var length = VarintLength(to - from);
        var last = 0;
        for (var i = from; i < to; i++) { length += VarintLength(docs.Ord(i) - last) + docs.Length(i); last = docs.Ord(i); }
        return length;
    }

    /// <summary>Where a long list is cut into blocks: each of about <c>blockChars</c>, at document boundaries, from the first document on.</summary>
    private IEnumerable<(int Start, int End)> Cuts(PostingList docs, int from, int to)
    {
        var start = from;
        while (start < to)
        {
            var end = start;
            var length = 0;
            while (end < to && (end == start || length + docs.Length(end) + 2 <= blockChars)) { length += docs.Length(end) + 2; end++; }
            yield return (start, end);
            start = end;
        }
    }
}
