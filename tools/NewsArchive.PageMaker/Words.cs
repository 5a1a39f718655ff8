namespace NewsArchive.PageMaker;

/// <summary>
/// The maker's own invented words: names, places and sentences composed from short lists by a seeded random
/// source, so a page is new text each time yet the same text for the same seed. Numbers are marked ⟨12⟩: the page
/// sets them with spaces as e-paper does, the truth keeps the digits.
/// </summary>
internal sealed class Words(Random random)
{
    private static readonly string[] Surnames = ["甄", "窦", "栾", "庹", "郗", "籍", "阚", "蒯", "厍", "逯", "隗", "晁", "靳", "鄢", "嵇", "缪", "闾", "满", "冼", "巫", "司徒", "端木"];
    private static readonly string[] Given = ["岱", "汀", "蘅", "棹", "砚", "芃", "峤", "昀", "泓", "珏", "杼", "筱", "舟", "楠", "槿", "渚", "畈", "禾", "穗", "翎", "曜", "湄", "埕", "漪", "屹", "崧", "珂", "璟"];
    private static readonly string[] PlaceA = ["栎", "苎", "樟", "椿", "茴", "荠", "蓼", "菖", "柽", "枥", "榧", "桤"];
    private static readonly string[] PlaceB = ["溪", "坪", "塘", "垭", "岗", "埠", "湾", "墩", "洼", "屿", "滩", "峪"];
    private static readonly string[] PlaceKinds = ["镇", "乡", "街道", "区", "县", "社区"];
    private static readonly string[] Orgs = ["农技站", "供销社", "卫生院", "文化站", "水务所", "粮油站", "茶厂", "渔业合作社", "养老服务中心", "图书分馆", "消防救援站", "便民服务中心"];
    private static readonly string[] Things = ["冷链仓库", "灌溉渠", "步行栈道", "充电桩", "托育点", "菜篮子市场", "乡村客运站", "污水管网", "晾晒场", "育苗大棚", "口袋公园", "老年食堂"];
    private static readonly string[] Verbs = ["建成", "改造", "启用", "扩建", "修缮", "投用"];
    private static readonly string[] Crops = ["油茶", "蓝莓", "莲藕", "山药", "茭白", "香菇", "板栗", "青梅"];
    private static readonly string[] Feelings = ["心里踏实多了", "方便了不少", "干劲更足了", "不用再来回跑了", "省下不少工夫"];
    private static readonly string[] Units = ["个", "处", "座", "条", "户", "家"];

    public int Next(int low, int high) => random.Next(low, high + 1);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    /// <summary>A name as printed in a byline: surname and one or two given characters.</summary>
    public string Person() => Pick(Surnames) + Pick(Given) + (Chance(0.6) ? Pick(Given) : "");

    public string Place() => Pick(PlaceA) + Pick(PlaceB) + Pick(PlaceKinds);

    public string Number(int low, int high) => $"⟨{Next(low, high)}⟩";

    public string Date() => $"{Number(1, 12)}月{Number(1, 28)}日";

    public string Title(string place) => Next(0, 3) switch
    {
        0 => $"{place}{Pick(Verbs)}{Pick(Things)}",
        1 => $"{Pick(Crops)}产业带富{place}",
        2 => $"{place}{Pick(Orgs)}上门服务",
        _ => $"{Pick(Things)}开进{place}",
    };

    public string Subtitle() => "——" + Pick(["一条", "一座", "一处"]) + Pick(Things) + "背后的" + Pick(["民生账", "新变化", "坚守", "故事"]);

    /// <summary>A paragraph of two to five sentences.</summary>
    public string Paragraph(string place) => string.Concat(Enumerable.Range(0, Next(2, 5)).Select(_ => Sentence(place)));

    public IReadOnlyList<string> Paragraphs(string place, int low, int high) =>
        [.. Enumerable.Range(0, Next(low, high)).Select(_ => Paragraph(place))];

    public string Sentence(string place) => Next(0, 5) switch
    {
        0 => $"{Date()}，{place}{Pick(Orgs)}{Pick(Verbs)}{Pick(Things)}{Number(2, 40)}{Pick(Units)}，周边{Number(300, 9000)}户群众从中受益。",
        1 => $"“{Pick(Things)}{Pick(Verbs)}以后，我们{Pick(Feelings)}。”{Pick(["村民", "居民", "种植户", "店主"])}{Person()}说。",
        2 => $"{Pick(Orgs)}负责人{Person()}介绍，今年计划再{Pick(Verbs)}{Pick(Things)}{Number(3, 60)}{Pick(Units)}，总投资约{Number(2, 900)}万元。",
        3 => $"截至{Number(1, 12)}月底，{place}{Pick(Crops)}种植面积已达{Number(1200, 48000)}亩，比去年增加{Number(2, 39)}%。",
        4 => $"为让{Pick(Things)}用得好，{Pick(Orgs)}组织志愿者上门讲解，逐户登记意见，共收集建议{Number(20, 300)}条。",
        _ => $"下一步，{place}将围绕{Pick(Crops)}加工、{Pick(Things)}运维等环节补齐短板，让群众{Pick(Feelings)}。",
    };

    public string Caption(string place) => $"{Date()}，{place}{Pick(["工作人员", "志愿者", "村民"])}在{Pick(Things)}{Pick(["查看设备", "整理物资", "忙着采收" + Pick(Crops), "讲解使用方法"])}。";

    public string Question() => $"{Pick(Things)}{Pick(["建设中遇到的最大难题是什么", "建好后怎么管", "给群众带来了哪些变化", "下一步还有什么打算"])}？";

    public string Brief(string place) => $"{Date()}，{place}{Pick(Orgs)}{Pick(Verbs)}{Pick(Things)}{Number(2, 30)}{Pick(Units)}，{Pick(["预计本月底全部完工", "已有群众陆续使用", "将于下月对外开放"])}。";

    /// <summary>A short commentary paragraph with no numbers: the opinion page's tone.</summary>
    public string Opinion() => $"{Pick(Things)}虽小，{Pick(["连着民生", "关乎日常", "牵动人心"])}。{Pick(["建得好更要管得好", "与其事后补救不如事前问需", "办实事贵在久久为功"])}，{Pick(["多听群众怎么说", "把钱花在刀刃上", "让每一分投入都看得见"])}，{Pick(Things)}才能真正{Pick(Feelings)}。";
}
