using NewsArchive.Model;
using Model = NewsArchive.Model;

namespace NewsArchive.Tests.Support;

/// <summary>
/// A hand-made archive with everything the site can show (titles, kickers, bylines, keywords, English from each
/// source, jump notes, leftovers, hostile text), so the site's pages are exercised with full data whatever the
/// segmentation and enrichment stages produce today. Invented papers and text.
/// </summary>
public static class RichArchive
{
    public static readonly Paper Dongping = new("dongping-daily", "东平日报", "Dongping Daily");
    public static readonly Paper Xishan = new("xishan-evening", "西山晚报", "Xishan Evening News");

    /// <summary>A title that tries to break out of every context it is written into.</summary>
    public const string HostileTitle = "标题</script><script>alert(1)</script>&<b>粗</b>";

    private static readonly string[] Reporters = ["王晓燕", "陈立群", "刘海涛", "赵明轩", "孙佳怡"];
    private static readonly string[] Photographers = ["周光明", "吴一凡"];
    private static readonly string[] Keywords = ["乡村振兴", "春耕", "城市更新", "教育", "交通", "文化", "医疗", "生态"];
    private static readonly (string Title, string En)[] Titles =
    [
        ("全市春耕生产有序推进", "Spring ploughing moves ahead across the city"),
        ("老旧小区改造惠及三万户居民", "Renovation of old estates benefits 30,000 households"),
        ("新建公交线路方便市民出行", "New bus routes make travel easier"),
        ("县医院开通远程会诊服务", "County hospital opens remote consultations"),
        ("湿地公园迎来候鸟越冬", "Migratory birds winter at the wetland park"),
        ("中小学开展读书节活动", "Schools hold a reading festival"),
        ("非遗剪纸走进社区课堂", "Paper-cutting heritage comes to community classes"),
        ("蔬菜大棚里的致富经", "Getting rich in the vegetable greenhouses"),
    ];

    public static Archive Build()
    {
        List<PrintedPage> pages =
        [
            .. Issue(Dongping, new DateOnly(2023, 3, 2), 4, seed: 0),
            .. Issue(Dongping, new DateOnly(2023, 3, 1), 2, seed: 3),
            .. Issue(Dongping, new DateOnly(2022, 11, 30), 2, seed: 5),
            .. Issue(Xishan, new DateOnly(2023, 3, 2), 2, seed: 7),
        ];
        return new NewsArchive.Pipeline.AssembleArchive().Run(pages);
    }

    /// <summary>Related articles as the index stage would give them: the other articles sharing a first keyword.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Related(Archive archive)
    {
        var byKeyword = archive.Articles.Where(a => a.Enrichment?.Keywords.Count > 0).GroupBy(a => a.Enrichment!.Keywords[0]).ToDictionary(g => g.Key, g => g.ToList());
        return archive.Articles.Where(a => a.Enrichment?.Keywords.Count > 0).ToDictionary(
            a => a.Id,
            a => (IReadOnlyList<string>)[.. byKeyword[a.Enrichment!.Keywords[0]].Where(b => b.Id != a.Id).Take(4).Select(b => b.Id)]);
    }

    private static IEnumerable<PrintedPage> Issue(Paper paper, DateOnly date, int pageCount, int seed)
    {
        for (var n = 1; n <= pageCount; n++)
        {
            var source = new PageSource
            {
                File = $"{paper.Slug}/{date:yyyy-MM-dd}/{n:00}.txt",
                Paper = paper,
                Date = date,
                Number = n,
                Name = n switch { 1 => "要闻", 2 => "综合", 3 => "民生", _ => "副刊" },
                Text = "",
                Hash = $"{paper.Slug}{date}{n}",
            };
            var items = Items(paper, date, n, pageCount, seed + n).ToList();
            yield return new PrintedPage
            {
                Source = source,
                Articles = [.. items.Select((item, i) => new Article
                {
                    Paper = paper,
                    Date = date,
                    PageNumber = n,
                    PageName = source.Name,
                    Position = i + 1,
                    Item = item.Item,
                    Enrichment = item.Enrichment,
                })],
                Leftovers = n == 2 ? ["责任编辑：李文　版式：张宁"] : [],
            };
        }
    }

    private static IEnumerable<(SegmentedItem Item, Model.Enrichment? Enrichment)> Items(Paper paper, DateOnly date, int page, int pageCount, int seed)
    {
        var count = page == 1 ? 5 : 3;
        for (var i = 0; i < count; i++)
        {
            var k = seed + i;
            var (title, en) = Titles[k % Titles.Length];
            var kind = (ItemKind)((k + 4) % 5);
            var hostile = paper == Dongping && date.Day == 2 && page == 2 && i == 2;
            var continued = page == 1 && i == 0 && pageCount >= 4;
            var continuation = page == 4 && i == 0;
            var paragraphs = new List<string>
            {
                $"{date.Month}月{date.Day}日，记者从有关部门获悉，{title}。今年以来，各地围绕群众关心的实际问题，细化工作方案，逐项抓好落实。",
                "“以前办这件事要跑好几趟，现在在家门口就能办好。”一位居民告诉记者，变化实实在在，大家看得见、摸得着。",
                "据介绍，下一步将继续完善配套设施，加强日常管理，让更多群众从中受益。",
            };
            if (kind == ItemKind.Brief)
                paragraphs = [paragraphs[0]];
            var item = new SegmentedItem
            {
                Kind = kind,
                Kicker = i == 0 ? "聚焦民生实事" : null,
                Title = hostile ? HostileTitle : kind == ItemKind.Photo && i % 2 == 1 ? null : title,
                Subtitle = i == 0 ? "多部门联动 服务送上门" : null,
                Reporters = kind == ItemKind.Photo ? [] : [Reporters[k % Reporters.Length], Reporters[(k + 2) % Reporters.Length]],
                Photographers = kind == ItemKind.Photo || i == 0 ? [Photographers[k % Photographers.Length]] : [],
                Paragraphs = kind == ItemKind.Photo ? [] : continuation ? [paragraphs[^1]] : paragraphs,
                Captions = kind == ItemKind.Photo ? [$"图为{title}现场。{Photographers[k % Photographers.Length]} 摄"] : [],
                Dateline = kind == ItemKind.News ? "本报讯" : null,
                Continuations = continued ? ["（下转第4版）"] : continuation ? ["（上接第1版）"] : [],
            };
            var source = (EnglishSource)(k % 4);
            var enrichment = new Model.Enrichment
            {
                SummaryZh = $"{title}，惠及更多群众。",
                // The lead story of a front page also has a keyword no other article has.
                Keywords = page == 1 && i == 0
                    ? [Keywords[k % Keywords.Length], Keywords[(k + 3) % Keywords.Length], $"{paper.NameZh}{date.Month}月{date.Day}日头条"]
                    : [Keywords[k % Keywords.Length], Keywords[(k + 3) % Keywords.Length]],
                TitleEn = source == EnglishSource.None ? null : en,
                SummaryEn = source == EnglishSource.None ? null : $"{en}, benefiting more residents.",
                EnglishSource = source,
                EnglishOrigin = source switch
                {
                    EnglishSource.Gloss => "cc-cedict-gloss/1",
                    EnglishSource.Service => "translator:test-model",
                    EnglishSource.Librarian => $"{paper.Slug}/{date:yyyy-MM-dd}/english.yml",
                    _ => null,
                },
            };
            yield return (item, enrichment);
        }
    }
}
