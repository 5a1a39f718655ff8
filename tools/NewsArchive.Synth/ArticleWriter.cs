using System.Globalization;
using System.Text;

namespace NewsArchive.Synth;

/// <summary>
/// Writes articles from sentence templates. Every article carries one coined name (a brand or project written with
/// characters no other word uses), so a known-item query for it has exactly one right answer.
/// </summary>
internal sealed class ArticleWriter(Random rng, DateOnly date)
{
    private T Pick<T>(IReadOnlyList<T> list) => list[rng.Next(list.Count)];

    public bool SpacedNumbers { get; set; }

    public string Place() => Pick(Vocabulary.PlaceHeads) + Pick(Vocabulary.PlaceTails);
    public string Person() => Pick(Vocabulary.Surnames) + Pick(Vocabulary.GivenChars) + (rng.Next(4) == 0 ? "" : Pick(Vocabulary.GivenChars));
    private string Org() => Place() + Pick(Vocabulary.OrgTails);
    private string Topic() => Pick(Vocabulary.Topics);

    /// <summary>A number as e-paper typesetting prints it: sometimes with spaces either side ("3 月 16 日").</summary>
    private string N(string number) => SpacedNumbers ? $" {number} " : number;

    private string Int(int min, int max) => N(rng.Next(min, max).ToString(CultureInfo.InvariantCulture));
    private string Dec(int max) => N((rng.Next(10, max * 10) / 10.0).ToString("0.0", CultureInfo.InvariantCulture));

    private string RecentDay()
    {
        var d = date.AddDays(-rng.Next(1, 6));
        return $"{N(d.Month.ToString(CultureInfo.InvariantCulture))}月{N(d.Day.ToString(CultureInfo.InvariantCulture))}日";
    }

    public static string Coin(int serial)
    {
        var c = Vocabulary.CoinChars;
        var n = c.Length;
        // An odd multiplier permutes 0..n^3-1, so neighbouring serials get unrelated names that stay unique.
        serial = (int)((serial * 40503L + 12345) % (n * n * n)) + serial / (n * n * n) * n * n * n;
        return string.Concat(c[serial / (n * n) % n], c[serial / n % n], c[serial % n]) + Vocabulary.CoinSuffixes[serial / (n * n * n) % Vocabulary.CoinSuffixes.Length];
    }

    public static string CoinEnglish(int serial)
    {
        var s = Vocabulary.EnglishSyllables;
        var n = s.Length;
        serial = (int)((serial * 482711L + 7) % (n * n * n * n));
        var word = string.Concat(s[serial / (n * n * n) % n], s[serial / (n * n) % n], s[serial / n % n], s[serial % n]);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private string Sentence(string topic, string place)
    {
        return rng.Next(22) switch
        {
            0 => $"{RecentDay()}，{place}{Pick(Vocabulary.Districts)}组织{Int(20, 300)}名{Pick(Vocabulary.Crowds)}参加{topic}现场观摩活动。",
            1 => $"今年以来，{Org()}围绕{topic}{Pick(Vocabulary.Verbs)}了一批重点工作，累计投入资金{Dec(90)}亿元。",
            2 => $"“以前办这件事要跑好几趟，现在在家门口就能办好。”{Pick(Vocabulary.Crowds)}{Person()}说。",
            3 => $"据了解，全市已建成{topic}示范点{Int(5, 120)}个，覆盖{Int(10, 95)}%的乡镇（街道）。",
            4 => $"记者在现场看到，工人们正在抓紧施工，{Pick(Vocabulary.Goods)}运输车辆往来不断。",
            5 => $"{Org()}负责人{Person()}介绍，下一步将继续{Pick(Vocabulary.Verbs)}{topic}，让更多{Pick(Vocabulary.Crowds)}受益。",
            6 => $"截至目前，项目已完成投资{Dec(50)}亿元，同比增长{Dec(30)}%。",
            7 => $"活动现场，{Pick(Vocabulary.Crowds)}们排起长队，咨询{topic}相关政策，工作人员耐心解答。",
            8 => $"{place}把{topic}列为年度民生实事之一，{Pick(Vocabulary.Verbs)}责任清单，明确完成时限。",
            9 => $"“我们村的{Pick(Vocabulary.Goods)}今年卖上了好价钱，每斤比去年高出{Int(1, 9)}毛钱。”村党支部书记{Person()}告诉记者。",
            10 => $"该工程全长{Dec(40)}公里，计划于{N(date.Year.ToString(CultureInfo.InvariantCulture))}年底前全部完工。",
            11 => $"为确保工作落到实处，{Org()}成立工作专班，实行周调度、月通报制度。",
            12 => $"一大早，{Pick(Vocabulary.Districts)}的{Pick(Vocabulary.Crowds)}{Person()}就来到服务大厅，不到{Int(10, 40)}分钟就办完了手续。",
            13 => $"下一步，{place}还将探索{topic}与{Topic()}融合发展的新路子。",
            14 => $"据统计，{RecentDay()}至今，共接待{Pick(Vocabulary.Crowds)}{Int(2, 90)}万人次，实现收入{Dec(60)}亿元。",
            15 => $"在{Pick(Vocabulary.Districts)}，一排排新建的{Pick(Vocabulary.Goods)}大棚整齐排列，棚内温度保持在{Int(18, 28)}摄氏度左右。",
            16 => $"专家提醒，近期气温变化较大，{Pick(Vocabulary.Crowds)}要注意防寒保暖，合理安排出行。",
            17 => $"{Org()}还通过线上平台发布{topic}信息{Int(100, 999)}条，点击量超过{Int(2, 50)}万次。",
            18 => $"这些变化，{Pick(Vocabulary.Crowds)}们看在眼里，喜在心头。",
            19 => $"按照计划，第二批{Int(3, 40)}个项目将于{RecentDay()}后陆续开工建设。",
            20 => $"{Person()}是{Pick(Vocabulary.Districts)}的一名{Pick(Vocabulary.Crowds)}，从事这项工作已有{Int(3, 30)}年。",
            _ => $"通过{topic}，{place}的面貌发生了明显变化，群众的获得感、幸福感不断增强。",
        };
    }

    private string UniqueSentence(string phrase, string? english) => (rng.Next(4), english) switch
    {
        (0, null) => $"当地还注册了“{phrase}”，带动周边农户增收。",
        (1, null) => $"由{Person()}牵头的{phrase}已吸纳{Int(10, 200)}人就业。",
        (2, null) => $"不少{Pick(Vocabulary.Crowds)}专门赶来体验{phrase}的服务。",
        (_, null) => $"{phrase}成为这一带小有名气的去处。",
        (0, _) => $"当地还注册了“{phrase}”，并上线{english}平台，带动周边农户增收。",
        (1, _) => $"由{Person()}牵头的{phrase}引进了{english}系统，已吸纳{Int(10, 200)}人就业。",
        (_, _) => $"{phrase}使用的{english}设备由本地企业研发。",
    };

    private IReadOnlyList<string> Body(string topic, string place, int paragraphs, string phrase, string? english)
    {
        var result = new List<string>();
        var unique = rng.Next(paragraphs);
        for (var p = 0; p < paragraphs; p++)
        {
            var sb = new StringBuilder();
            var sentences = rng.Next(1, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (p == unique && s == sentences / 2) sb.Append(UniqueSentence(phrase, english));
                sb.Append(Sentence(topic, place));
            }
            if (rng.Next(6) == 0) sb.Insert(sb.Length - 1, $"，{Pick(Vocabulary.EnglishCommon)}应用场景不断拓展");
            result.Add(sb.ToString());
        }
        return result;
    }

    private string NewsTitle(string topic, string place)
    {
        // Headlines are set without the spaces body text puts around numbers.
        var spaced = SpacedNumbers;
        SpacedNumbers = false;
        var title = NewsTitleText(topic, place);
        SpacedNumbers = spaced;
        return title;
    }

    private string NewsTitleText(string topic, string place) => rng.Next(8) switch
    {
        0 => $"{place}{topic}取得新进展",
        1 => $"{topic}惠及{Int(2, 90)}万群众",
        2 => $"{place}{Pick(Vocabulary.OrgTails)}{Pick(Vocabulary.Verbs)}{topic}专项行动",
        3 => $"{place}：{topic}跑出加速度",
        4 => $"让{topic}更有温度",
        5 => $"{Int(3, 60)}个{topic}项目集中开工",
        6 => $"{topic}进村入户 {Pick(Vocabulary.Crowds)}点赞",
        _ => $"{place}全力{Pick(Vocabulary.Verbs)}{topic}工作",
    };

    private string Dateline(string place)
    {
        var reporter = Person();
        var stringer = Person();
        return rng.Next(6) switch
        {
            0 => $"本报讯（记者 {reporter}）",
            1 => $"本报讯（通讯员 {stringer}）",
            2 => $"本报讯（见习记者 {reporter} 通讯员 {stringer}）",
            3 => $"本报{place}{N(date.Month.ToString(CultureInfo.InvariantCulture))}月{N(date.Day.ToString(CultureInfo.InvariantCulture))}日电（记者 {reporter}）",
            _ => $"本报讯（记者 {reporter} 通讯员 {stringer}）",
        };
    }

    public SynthItem News(int serial, bool withEnglish)
    {
        var topic = Topic();
        var place = Place();
        var phrase = Coin(serial);
        var english = withEnglish ? CoinEnglish(serial) : null;
        return new SynthItem
        {
            Kind = SynthKind.News,
            Kicker = rng.Next(5) == 0 ? Pick(Vocabulary.NewsKickers) : null,
            Title = NewsTitle(topic, place),
            Subtitle = rng.Next(5) == 0 ? $"今年已完成投资{Dec(40).Trim()}亿元" : null,
            Dateline = Dateline(place),
            Paragraphs = Body(topic, place, rng.Next(2, 7), phrase, english),
            Phrase = phrase,
            English = english,
        };
    }

    public SynthItem Photo(int serial, bool withEnglish)
    {
        var topic = Topic();
        var place = Place();
        var phrase = Coin(serial);
        var english = withEnglish ? CoinEnglish(serial) : null;
        var caption = $"{RecentDay()}，在{place}{Pick(Vocabulary.Districts)}，{Pick(Vocabulary.Crowds)}正在{phrase}{(english is null ? "" : $"的{english}展台")}前参加{topic}体验活动。";
        var second = rng.Next(2) == 0 ? $"近年来，{place}持续{Pick(Vocabulary.Verbs)}{topic}，{Pick(Vocabulary.Crowds)}参与热情高涨。" : null;
        var credit = rng.Next(3) switch
        {
            0 => $"■ 本报记者 {Person()} 摄",
            1 => $"■ 通讯员 {Person()} 摄",
            _ => $"■ 本报记者 {Person()}",
        };
        return new SynthItem
        {
            Kind = SynthKind.Photo,
            Title = rng.Next(2) == 0 ? $"{place}{topic}见闻" : null,
            BylineLine = credit,
            Paragraphs = second is null ? [caption] : [caption, second],
            Phrase = phrase,
            English = english,
        };
    }

    public SynthItem Feature(int serial, bool withEnglish)
    {
        var topic = Topic();
        var place = Place();
        var phrase = Coin(serial);
        var english = withEnglish ? CoinEnglish(serial) : null;
        var person = Person();
        var paragraphs = Body(topic, place, rng.Next(5, 10), phrase, english);
        var subheads = new Dictionary<int, string>();
        if (rng.Next(2) == 0)
            foreach (var at in new[] { 0, paragraphs.Count / 2 })
                subheads[at] = at == 0 ? $"{topic}的“头等大事”" : $"{Pick(Vocabulary.Crowds)}有了新盼头";
        return new SynthItem
        {
            Kind = SynthKind.Feature,
            Kicker = rng.Next(2) == 0 ? Pick(Vocabulary.FeatureKickers) : null,
            Title = rng.Next(2) == 0 ? $"{person}和他的{topic}" : $"{place}{Pick(Vocabulary.Districts)}的{topic}故事",
            Subtitle = $"——{place}{Pick(Vocabulary.Verbs)}{topic}工作见闻",
            BylineLine = rng.Next(2) == 0 ? $"■ 文/图 本报记者 {Person()}" : $"■ 本报记者 {Person()} 文/图",
            Paragraphs = paragraphs,
            Subheads = subheads,
            Phrase = phrase,
            English = english,
        };
    }

    public SynthItem Commentary(int serial, bool withEnglish)
    {
        var topic = Topic();
        var phrase = Coin(serial);
        var english = withEnglish ? CoinEnglish(serial) : null;
        var author = Person();
        var paragraphs = new List<string>
        {
            $"{topic}看似小事，实则连着千家万户。",
            $"办好{topic}，既要算经济账，更要算民生账。像{phrase}这样{(english is null ? "" : $"借助{english}")}从群众身边做起的探索，值得总结推广。",
            $"说到底，{topic}做得好不好，群众说了算。只有把功夫下在平时，才能把好事办实、实事办好。",
        };
        return new SynthItem
        {
            Kind = SynthKind.Commentary,
            Kicker = rng.Next(2) == 0 ? Pick(Vocabulary.CommentKickers) : null,
            Title = rng.Next(2) == 0 ? $"把{topic}办到群众心坎上" : $"{topic}贵在久久为功",
            BylineLine = rng.Next(3) switch { 0 => $"□ {author}", 1 => $"本报评论员 {author}", _ => $"◎ {author}" },
            Paragraphs = paragraphs,
            Phrase = phrase,
            English = english,
        };
    }

    public SynthItem Brief(int serial, bool withEnglish)
    {
        var topic = Topic();
        var place = Place();
        var phrase = Coin(serial);
        var english = withEnglish ? CoinEnglish(serial) : null;
        return new SynthItem
        {
            Kind = SynthKind.Brief,
            Title = rng.Next(2) == 0 ? $"{place}举办{topic}培训班" : $"{phrase}正式启用",
            Paragraphs = [$"本报讯 {RecentDay()}，{Org()}{Pick(Vocabulary.Verbs)}{topic}工作，{phrase}{(english is null ? "" : $"（{english}）")}等{Int(3, 30)}家单位参加。（{Person()}）"],
            Phrase = phrase,
            English = english,
        };
    }
}
