using System.Text;

namespace NewsArchive.Ingest;

/// <summary>
/// Turns the bytes of a page file into text. pdftotext writes UTF-8, but librarians also bring files saved
/// by Windows tools as UTF-16 or GB18030/GBK; anything else is refused with a reason rather than guessed at.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding StrictGb18030 =>
        Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            return DecodeResult.Fail("the file is empty");
        if (KnownBinaryFormat(bytes) is { } format)
            return DecodeResult.Fail(format);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(StrictUtf8, bytes[3..], "UTF-8 with BOM", 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16 LE", 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16 BE", 2);
        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, bigEndian ? "UTF-16 BE" : "UTF-16 LE");
        if (bytes.Contains((byte)0))
            return ChineseUtf16(bytes) ?? DecodeResult.Fail("the file is binary, not text (it contains NUL bytes); give the text that pdftotext extracts from the page");

        var utf8 = Strict(StrictUtf8, bytes, "UTF-8");
        if (utf8.Text is not null)
            return utf8;
        if (utf8.ValidButControl)
            return ChineseUtf16(bytes) ?? utf8;

        var gb = Strict(StrictGb18030, bytes, "GB18030");
        if (gb.Text is not null && LooksLikeChinese(gb.Text))
            return gb;
        return ChineseUtf16(bytes) ?? DecodeResult.Fail(gb.Text is null
            ? "the text is neither UTF-8, UTF-16 nor GB18030/GBK"
            : "the text is not valid UTF-8 and reads as gibberish in GB18030/GBK: is it in another encoding (Big5, Shift-JIS)? Save it as UTF-8");
    }

    // UTF-16 without a BOM and with almost no ASCII (all-Chinese text) has too few zero bytes to spot by parity;
    // it is taken only when one byte order reads as the common characters that make up Chinese prose.
    private static DecodeResult? ChineseUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
            return null;
        foreach (var bigEndian in (ReadOnlySpan<bool>)[false, true])
        {
            var result = Strict(new UnicodeEncoding(bigEndian, false, true), bytes, bigEndian ? "UTF-16 BE" : "UTF-16 LE");
            if (result.Text is not null && result.Text.Any(c => c >= 0x3400) && LooksLikeChinese(result.Text))
                return result;
        }
        return null;
    }

    /// <summary>
    /// Recognises files that are not text by their first bytes, so a PDF or a scan saved with a .txt name gets a
    /// message that says what it is (a plain-ASCII PDF would otherwise decode as "text").
    /// </summary>
    public static string? KnownBinaryFormat(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
            return "the file is a PDF, not its text: run `pdftotext -layout FILE.pdf FILE.txt` and use the .txt";
        foreach (var (magic, what) in Signatures)
            if (head.StartsWith(magic))
                return $"the file is {what}, not text: give the text that pdftotext (or OCR) extracts from the page";
        return null;
    }

    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word/Excel file)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Word/Excel document"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
    ];

    /// <summary>Control characters a page's text never holds (pdftotext writes line breaks, tabs and form feeds).</summary>
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))]);

    private static DecodeResult Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, int bomLength = 0)
    {
        try
        {
            var text = encoding.GetString(bytes);
            var control = text.AsSpan().IndexOfAny(Controls);
            if (control >= 0)
            {
                // Say which character and where, so the librarian can find it in an editor (a stray escape, say).
                var offset = bomLength + encoding.GetByteCount(text.AsSpan(0, control));
                return DecodeResult.Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the file is valid {name} but holds the control character U+{(int)text[control]:X4} at byte {offset}: remove it (a page's text has none)")) with
                { ValidButControl = true };
            }
            return new DecodeResult(text, name, null);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Fail($"invalid {name}");
        }
    }

    // Chinese text in UTF-16 has a zero byte in most ASCII positions and none of the high bytes of CJK are zero,
    // so we look for many zeros on one parity and few on the other.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
            return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) evenZeros++; else oddZeros++;
        }
        var pairs = bytes.Length / 2;
        if (oddZeros > pairs / 20 && evenZeros * 4 < oddZeros) return true;
        if (evenZeros > pairs / 20 && oddZeros * 4 < evenZeros) { bigEndian = true; return true; }
        return false;
    }

    // GB18030 decodes almost any byte soup. Real Chinese prose is dominated by the 3,755 common characters
    // of GB2312 level 1 (lead bytes 0xB0-0xD7) and has almost no kana, box drawing, Greek or Cyrillic;
    // text in another encoding (Big5, Shift-JIS) read as GBK turns into exactly those.
    private static bool LooksLikeChinese(string text)
    {
        var gb2312 = Encoding.GetEncoding("GB2312", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        int han = 0, common = 0, odd = 0, all = 0;
        Span<byte> buffer = stackalloc byte[8];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) continue;
            all++;
            if (rune.Value is (>= 0x0370 and <= 0x04FF) or (>= 0x2500 and <= 0x257F) or (>= 0x3040 and <= 0x30FF) or (>= 0xE000 and <= 0xF8FF))
                odd++;
            if (rune.Value < 0x3400 || rune.Value > 0x9FFF) continue;
            han++;
            var n = gb2312.GetBytes(rune.ToString(), buffer);
            if (n == 2 && buffer[0] is >= 0xB0 and <= 0xD7) common++;
        }
        if (odd * 50 > all) return false;
        return han == 0 ? text.All(c => c < 0x80) : common >= han * 0.8;
    }
}

public sealed record DecodeResult(string? Text, string? Encoding, string? Error)
{
    /// <summary>The bytes are valid in the encoding tried, but hold a control character: that, not the encoding, is the error.</summary>
    public bool ValidButControl { get; init; }

    public static DecodeResult Fail(string error) => new(null, null, error);
}
