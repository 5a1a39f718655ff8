using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.Chinese;
using NewsArchive.Enrichment.Gloss;
using NewsArchive.Model;

namespace NewsArchive.Benchmarks;

/// <summary>
/// The offline English against hand-written reference headlines (tests/NewsArchive.Tests/Pages/english-references.json):
/// chrF and the share of entities (names, places, bodies, numbers) and topic words carried, for the dev and the
/// held-out half. <c>dotnet run -c Release --project benchmarks/NewsArchive.Benchmarks -- english [--show | --text 中文 ...]</c>;
/// --show prints each dev headline beside its reference (held-out outputs are never printed: do not tune on them).
/// </summary>
public static partial class EnglishBenchmark
{
    public static int Run(string[] args)
    {
        var root = GlossBenchmark.FindRoot();
        var pages = Path.Combine(root, "tests", "NewsArchive.Tests", "Pages");
        var path = CedictLocator.Find([root]) ?? throw new InvalidOperationException("run scripts/setup.sh first: no CC-CEDICT");
        var gloss = new DictionaryGloss(path);
        if (args is ["--text", .. var texts])
        {
            foreach (var t in texts)
                Console.WriteLine($"{t} -> {gloss.Gloss(t)}   [{string.Join(" ", new SegmentForTranslation(gloss.Dictionary, new WordGloss(gloss.Dictionary)).Segment(t, ChineseWords.Segment(t), new bool[t.Length], []).Select(w => w.Text))}]"
                    + $" SmartCn [{string.Join(" ", ChineseWords.Segment(t).Select(w => w.Text))}] names [{string.Join(" ", FindEntities.In(t, ChineseWords.Segment(t)).Select(e => $"{e.Kind}:{e.Text}"))}]");
            return 0;
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(pages, "english-references.json")));
        var split = doc.RootElement.GetProperty("split");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        var items = new Dictionary<string, List<SegmentedItem>>(StringComparer.Ordinal);
        var summarize = new SummarizeArticle();
        Console.WriteLine($"gloss {gloss.Version}");
        // Honesty check: a table word found in held-out headlines but in no dev headline was tuned on held-out data.
        var zhOf = (string half) => doc.RootElement.GetProperty("headlines").EnumerateArray()
            .Where(h => split.GetProperty(half).EnumerateArray().Any(p => p.GetString() == h.GetProperty("page").GetString()))
            .Select(h => h.GetProperty("zh").GetString()!).ToList();
        var (devZh, heldZh) = (zhOf("dev"), zhOf("heldOut"));
        var tableWords = NewsSenses.All.Keys.Concat(HeadlinePatterns.Default.All.SelectMany(p => p.Parts).Where(p => !HeadlinePattern.IsSlot(p)));
        var leaked = tableWords.Distinct().Where(w => heldZh.Any(z => z.Contains(w, StringComparison.Ordinal)) && !devZh.Any(z => z.Contains(w, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"table words in held-out headlines only: {leaked.Count} {string.Join(" ", leaked)}");
        foreach (var half in new[] { "dev", "heldOut" })
        {
            var members = split.GetProperty(half).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            var chrf = new ChrF();
            int entities = 0, entitiesFound = 0, topics = 0, topicsFound = 0, count = 0;
            var byClass = new SortedDictionary<string, (int Found, int All)>(StringComparer.Ordinal);
            foreach (var h in doc.RootElement.GetProperty("headlines").EnumerateArray())
            {
                var page = h.GetProperty("page").GetString()!;
                if (!members.Contains(page))
                    continue;
                if (!items.TryGetValue(page, out var list))
                    items[page] = list = JsonDocument.Parse(File.ReadAllText(Path.Combine(pages, page, "expected.json"))).RootElement.GetProperty("items").Deserialize<List<SegmentedItem>>(options)!;
                var item = list[h.GetProperty("item").GetInt32()];
                var english = gloss.Render(new EnglishRequest("b", item.Kicker, item.Title, item.Subtitle, summarize.Summarize(item), EnglishRequest.ContextOf(item))).Title;
                var reference = h.GetProperty("en").GetString()!;
                chrf.Add(english, reference);
                count++;
                var missing = new List<string>();
                foreach (var e in h.GetProperty("entities").EnumerateArray().Select(x => x.GetString()!))
                {
                    entities++;
                    var carried = Carries(english, e);
                    var cls = EntityClass(e);
                    byClass[cls] = byClass.TryGetValue(cls, out var c) ? (c.Found + (carried ? 1 : 0), c.All + 1) : (carried ? 1 : 0, 1);
                    if (carried) entitiesFound++; else missing.Add(e);
                }
                foreach (var t in h.GetProperty("topics").EnumerateArray().Select(x => x.GetString()!))
                {
                    topics++;
                    if (Carries(english, t)) topicsFound++; else missing.Add(t);
                }
                if (half == "dev" && args.Contains("--names"))
                {
                    var n = new GlossWriter(gloss.Dictionary).Names([item.Kicker, item.Title, item.Subtitle, summarize.Summarize(item), EnglishRequest.ContextOf(item)]);
                    Console.WriteLine($"  names: {string.Join(",", n.People)} / {string.Join(",", n.PlaceStems)}");
                }
                if (half == "dev" && args.Contains("--show"))
                    Console.WriteLine($"  {h.GetProperty("zh").GetString()}\n    out: {english}\n    ref: {reference}\n    missing: {string.Join(", ", missing)}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(half == "dev" ? "dev" : "held-out"),-9} {count} headlines: chrF {chrf.Score():F1}, entities {entitiesFound}/{entities} ({100.0 * entitiesFound / Math.Max(1, entities):F0}%), topic words {topicsFound}/{topics} ({100.0 * topicsFound / Math.Max(1, topics):F0}%)"));
            Console.WriteLine($"          entities by class: {string.Join(", ", byClass.Select(k => $"{k.Key} {k.Value.Found}/{k.Value.All}"))}");
        }
        return 0;
    }

    /// <summary>
    /// The class of a reference entity, read from its English form alone (no list of the references' strings): a
    /// number or date, an organisation (a body's type word), a place (a place type, or one word: Liaocheng), else a person.
    /// </summary>
    internal static string EntityClass(string entity)
    {
        var first = entity.Split('|')[0];
        if (first.Any(char.IsDigit) || NumberWord().IsMatch(first))
            return "number";
        if (OrgWord().IsMatch(first))
            return "org";
        if (PlaceWord().IsMatch(first) || !first.Contains(' ', StringComparison.Ordinal))
            return "place";
        return "person";
    }

    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|percent|first|second|third|January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(Bureau|Company|Co\.|Committee|Commission|Government|Office|Department|Center|Centre|School|University|College|Hospital|Bank|Court|Procuratorate|Museum|Library|Palace|Association|Society|Federation|Group|Institute|Cooperative|Station|Team|Factory|Congress|CPPCC|Party|Administration|Academy|Kindergarten|Hall|Theater|Theatre|Union|League)\b")]
    private static partial Regex OrgWord();

    [GeneratedRegex(@"\b(County|District|City|Province|Town|Township|Village|Subdistrict|Zone|Area|Community|Prefecture|Region|Banner|Park|Lake|River|Mountain|Street|Road)\b")]
    private static partial Regex PlaceWord();

    /// <summary>Any of the '|' alternatives as whole words (a stem like "recruit" may go on: "recruitment"), ignoring case.</summary>
    private static bool Carries(string english, string wanted) =>
        wanted.Split('|').Any(alt => Regex.IsMatch(english, @"(?<![\p{L}\p{N}])" + Regex.Escape(alt), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            && (!char.IsDigit(alt[^1]) || Regex.IsMatch(english, Regex.Escape(alt) + @"(?![\d,.]\d|\d)", RegexOptions.CultureInvariant)));
}
