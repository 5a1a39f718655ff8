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
    private static readonly string[] Orgs = ["农技站", "供销社", "卫生院", "文化站", "水务所", "粮油站", "茶厂", "渔业合作社", "养老服务中心", "图书分馆", "消防救援站", "便民服务中心", "林业站", "职业中专", "邮政支局", "农商银行网点", "气象站", "竹编协会"];
    private static readonly string[] Things = ["冷链仓库", "灌溉渠", "步行栈道", "充电桩", "托育点", "菜篮子市场", "乡村客运站", "污水管网", "晾晒场", "育苗大棚", "口袋公园", "老年食堂", "电商直播间", "烘干塔", "防洪堤", "篮球场", "共享菜园", "快递驿站", "便民桥", "读书角"];
    private static readonly string[] Seasons = ["开春以来", "入夏以来", "秋收时节", "入冬以后", "汛期来临前", "节假日期间"];
    private static readonly string[] Crowds = ["返乡青年", "留守老人", "种粮大户", "个体商户", "在校学生", "外卖骑手", "养殖户"];
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

    public string Title(string place) => Next(0, 7) switch
    {
        0 => $"{place}{Pick(Verbs)}{Pick(Things)}",
        1 => $"{Pick(Crops)}产业带富{place}",
        2 => $"{place}{Pick(Orgs)}上门服务",
        3 => $"{Pick(Things)}开进{place}",
        4 => $"{place}{Number(3, 90)}{Pick(Units)}{Pick(Things)}年内完工",
        5 => $"{Pick(Crowds)}有了新去处",
        6 => $"{place[..2]}：{Pick(Crops)}{Pick(["卖出好价钱", "种出新花样", "搭上快车"])}",
        _ => $"{Pick(Seasons)}{place}{Pick(["忙", "稳", "新"])}",
    };

    public string Subtitle() => "——" + Pick(["一条", "一座", "一处"]) + Pick(Things) + "背后的" + Pick(["民生账", "新变化", "坚守", "故事"]);

    /// <summary>A paragraph of two to five sentences.</summary>
    public string Paragraph(string place) => string.Concat(Enumerable.Range(0, Next(2, 5)).Select(_ => Sentence(place)));

    public IReadOnlyList<string> Paragraphs(string place, int low, int high) =>
        [.. Enumerable.Range(0, Next(low, high)).Select(_ => Paragraph(place))];

    public string Sentence(string place) => Next(0, 13) switch
    {
        6 => $"{Pick(Seasons)}，{place}{Pick(Crowds)}{Pick(["纷纷", "陆续", "主动"])}来到{Pick(Things)}，{Pick(["咨询", "报名", "帮忙", "参观"])}的人络绎不绝。",
        7 => $"记者在{place}看到，{Pick(Things)}旁{Pick(["停满了", "摆放着", "堆着"])}{Pick(["农用车", "周转箱", "建材", "新收的" + Pick(Crops)])}，几名{Pick(["工人", "技术员", "志愿者"])}正在{Pick(["调试设备", "清点数量", "搭建遮阳棚"])}。",
        8 => $"据统计，{place}去年接待{Pick(Crowds)}{Number(200, 8000)}人次，带动就业{Number(20, 600)}人。",
        9 => $"“以前{Pick(["要跑十几里路", "得排半天队", "只能靠天吃饭"])}，现在{Pick(["家门口就能办", "手机上点一点就行", "心里有底了"])}。”{Pick(Crowds)}{Person()}{Pick(["笑着说", "告诉记者", "感慨道"])}。",
        10 => $"{Pick(Orgs)}还把{Pick(Things)}的{Pick(["维护", "值守", "保洁"])}交给{Pick(Crowds)}，每月发放补贴{Number(300, 2000)}元。",
        11 => $"按照计划，{Pick(Things)}{Pick(["二期工程", "配套设施", "周边道路"])}将于{Number(2032, 2034)}年{Pick(["上半年", "年底", "汛期前"])}{Pick(Verbs)}。",
        12 => $"不少{Pick(Crowds)}表示，{Pick(Things)}{Pick(["离家近", "收费低", "环境好"])}，{Pick(Feelings)}。",
        0 => $"{Date()}，{place}{Pick(Orgs)}{Pick(Verbs)}{Pick(Things)}{Number(2, 40)}{Pick(Units)}，周边{Number(300, 9000)}户群众从中受益。",
        1 => $"“{Pick(Things)}{Pick(Verbs)}以后，我们{Pick(Feelings)}。”{Pick(["村民", "居民", "种植户", "店主"])}{Person()}说。",
        2 => $"{Pick(Orgs)}负责人{Person()}介绍，今年计划再{Pick(Verbs)}{Pick(Things)}{Number(3, 60)}{Pick(Units)}，总投资约{Number(2, 900)}万元。",
        3 => $"截至{Number(1, 12)}月底，{place}{Pick(Crops)}种植面积已达{Number(1200, 48000)}亩，比去年增加{Number(2, 39)}%。",
        4 => $"为让{Pick(Things)}用得好，{Pick(Orgs)}组织志愿者上门讲解，逐户登记意见，共收集建议{Number(20, 300)}条。",
        5 => $"下一步，{place}将围绕{Pick(Crops)}加工、{Pick(Things)}运维等环节补齐短板，让群众{Pick(Feelings)}。",
        _ => $"{place}{Pick(["还将", "正在", "计划"])}{Pick(["试点", "推广", "总结"])}{Pick(["“" + Pick(Things) + "+" + Pick(Orgs) + "”模式", "以奖代补办法", "群众评议制度"])}。",
    };

    public string Caption(string place) => $"{Date()}，{place}{Pick(["工作人员", "志愿者", "村民"])}在{Pick(Things)}{Pick(["查看设备", "整理物资", "忙着采收" + Pick(Crops), "讲解使用方法"])}。";

    public string Question() => $"{Pick(Things)}{Pick(["建设中遇到的最大难题是什么", "建好后怎么管", "给群众带来了哪些变化", "下一步还有什么打算"])}？";

    public string Brief(string place) => $"{Date()}，{place}{Pick(Orgs)}{Pick(Verbs)}{Pick(Things)}{Number(2, 30)}{Pick(Units)}，{Pick(["预计本月底全部完工", "已有群众陆续使用", "将于下月对外开放"])}。";

    /// <summary>A short commentary paragraph with no numbers: the opinion page's tone.</summary>
    public string Opinion() => Next(0, 3) switch
    {
        0 => $"{Pick(Things)}虽小，{Pick(["连着民生", "关乎日常", "牵动人心"])}。{Pick(["建得好更要管得好", "与其事后补救不如事前问需", "办实事贵在久久为功"])}，{Pick(["多听群众怎么说", "把钱花在刀刃上", "让每一分投入都看得见"])}。",
        1 => $"有的地方{Pick(Things)}建起来了，却{Pick(["常年大门紧锁", "成了摆设", "无人问津"])}，{Pick(["根子在于没问需于民", "说到底是重建设轻管理", "原因在于只算投入不算效果"])}。",
        2 => $"{Pick(Crowds)}的{Pick(["小期待", "急难愁盼", "一句抱怨"])}，{Pick(["就是工作的方向", "值得认真对待", "考验着办事的诚意"])}；{Pick(["回应得快不快", "落实得实不实", "坚持得久不久"])}，群众{Pick(["心里有杆秤", "看在眼里", "最有发言权"])}。",
        _ => $"{Pick(["说一千道一万", "归根到底", "由此看来"])}，{Pick(["民生无小事", "实干才能出实效", "好事要办好"])}，{Pick(["既要有热情也要有耐心", "既要算经济账也要算民心账", "既要开好头也要收好尾"])}。",
    };
}
