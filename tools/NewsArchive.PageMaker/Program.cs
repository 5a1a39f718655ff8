using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.PageMaker;

// `make OUT [PAGES]`: writes OUT/<family>/<family>-NN/page.html and expected.json (items in markup order), seeded
// by family and number, so a rerun writes the same files. `order DIR...`: after pdftotext, puts each page's items in
// the order their bodies begin in page.txt and checks every field is printed there.
var json = new JsonSerializerOptions
{
    WriteIndented = true,
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};
switch (args)
{
    case ["make", var output, ..]:
        var perFamily = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 9;
        foreach (var (family, fill) in Families.All)
        {
            for (var n = 1; n <= perFamily; n++)
            {
                var words = new Words(new Random(Seed(family) * 100 + n));
                var paper = words.Pick(["栎溪", "苎塘", "樟埠", "椿峪", "茴屿"]) + words.Pick(["日报", "晚报", "时报"]);
                var section = words.Pick(["要闻", "综合", "城乡", "民生", "区县", "经济"]);
                var builder = new PageBuilder(words, paper, words.Next(1, 8), section);
                fill(words, new Articles(words), builder);
                var dir = Path.Combine(output, family, $"{family}-{n:00}");
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "page.html"), builder.Render($"{paper} {section}"));
                File.WriteAllText(Path.Combine(dir, "expected.json"), JsonSerializer.Serialize(new { items = builder.Items.Select(i => i.Plain()), leftovers = Array.Empty<string>() }, json) + "\n");
            }
        }
        return 0;
    case ["order", ..]:
        var failures = 0;
        foreach (var dir in args[1..])
            failures += OrderTruth.Apply(dir, json) ? 0 : 1;
        return failures == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: PageMaker make OUT [PAGES-PER-FAMILY] | order DIR...");
        return 2;
}

// A stable seed per family (string.GetHashCode differs per process).
static int Seed(string family) => family.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0xFFFFF;
