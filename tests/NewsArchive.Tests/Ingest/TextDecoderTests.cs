using System.Text;
using NewsArchive.Ingest;

namespace NewsArchive.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Chinese = "本报讯（记者 张三）12月14日，市政府召开会议。\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Chinese) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chinese)] },
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Chinese)] },
        { "UTF-16 BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Chinese)] },
        { "UTF-16 LE", Encoding.Unicode.GetBytes(Chinese) },
        { "GB18030", Encoding.GetEncoding("GB18030").GetBytes(Chinese) },
        { "GB18030", Encoding.GetEncoding("GBK").GetBytes(Chinese) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Chinese_text_is_read_in_every_supported_encoding(string encoding, byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.Equal(Chinese, result.Text);
        Assert.Equal(encoding, result.Encoding);
    }

    [Fact]
    public void Big5_text_is_refused_rather_than_read_as_gibberish()
    {
        var big5 = Encoding.GetEncoding("big5").GetBytes("本報訊（記者 張三）市政府召開會議，討論經濟發展與城市建設的規劃。");

        var result = TextDecoder.Decode(big5);

        Assert.Null(result.Text);
        Assert.Contains("UTF-8", result.Error);
    }

    [Fact]
    public void Binary_data_is_refused_as_not_text()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 };

        var result = TextDecoder.Decode(png);

        Assert.Null(result.Text);
        Assert.Contains("not text", result.Error);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("the file is empty", TextDecoder.Decode([]).Error);
    }
}
