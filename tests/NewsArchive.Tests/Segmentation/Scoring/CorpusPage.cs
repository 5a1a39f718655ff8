using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Model;

namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>One page with known truth: its text as pdftotext gave it and the items of its expected.json.</summary>
public sealed record CorpusPage(string Family, string Name, string Text, IReadOnlyList<SegmentedItem> Truth)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads the page of a folder holding page.txt and expected.json.</summary>
    public static CorpusPage Read(string folder, string family)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var items = expected.RootElement.GetProperty("items").EnumerateArray()
            .Select(e => e.Deserialize<SegmentedItem>(Json) ?? throw new InvalidDataException($"{folder}: an empty item"))
            .ToList();
        return new CorpusPage(family, Path.GetFileName(folder), File.ReadAllText(Path.Combine(folder, "page.txt")), items);
    }
}
