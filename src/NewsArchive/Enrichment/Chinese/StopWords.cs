namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// Words that carry no topic in Chinese news prose: function words, reporting verbs, time words and the
/// boilerplate verbs of official writing (推进, 开展, 实现 ...). General language, not taken from any page.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "我们", "他们", "她们", "你们", "自己", "大家", "这里", "那里", "这个", "那个", "这些", "那些", "这样", "那样", "如何", "什么",
        "一个", "一些", "一批", "一次", "一起", "一直", "一定", "一样", "一方面", "已经", "正在", "目前", "当前", "现在", "近日", "日前",
        "今年", "去年", "明年", "今天", "昨天", "明天", "此前", "以来", "以后", "之后", "以前", "之前", "同时", "其中", "以及", "并且",
        "而且", "但是", "因为", "所以", "如果", "虽然", "还是", "或者", "通过", "进行", "开展", "实现", "推进", "推动", "加快", "加强",
        "提升", "提高", "促进", "坚持", "围绕", "积极", "不断", "持续", "进一步", "全面", "有效", "相关", "有关", "主要", "重要", "各类",
        "表示", "介绍", "认为", "指出", "强调", "告诉", "记者", "本报讯", "通讯员", "工作", "工作人员", "问题", "情况", "方面", "时间",
        "成为", "作为", "能够", "可以", "需要", "没有", "不是", "就是", "还有", "只有", "起来", "出来", "以上", "以下", "左右", "多个",
        "每个", "各个", "所有", "部分", "更加", "非常", "比较", "特别", "越来越", "大力", "切实", "确保", "发挥", "落实", "组织", "召开",
        "举行", "参加", "活动", "期间", "当天", "据悉", "据了解", "了解", "看到", "感到", "希望", "为了", "对于", "关于", "根据", "按照",
        "由于", "已", "将", "在", "和", "与", "及", "或", "的", "了", "是", "有", "为", "对", "把", "被", "从", "向", "到", "让", "给",
        "也", "都", "就", "还", "又", "再", "更", "很", "最", "等", "说", "着", "过", "地", "得", "之", "其", "该", "此", "这", "那",
        "由", "据", "以", "位于", "地处", "来到", "前往", "走进", "回到", "于", "并", "而", "但", "或者", "有的", "哪些", "每天", "达到", "继续", "开始", "预计", "设置", "使用", "取得",
        "获悉", "涵盖", "面向", "截至", "同比", "增长", "新增", "一批", "一年", "当地", "今年以来", "近年来", "连日来", "下一步", "不少",
        "不", "没", "要", "会", "能", "可", "去", "来", "上", "下", "中", "内", "外", "后", "前", "多", "个", "年", "月", "日", "号",
    };

    /// <summary>Verbs of official writing: no topic, but they do occur inside the names of bodies (投资促进局, 建设中心).</summary>
    private static readonly HashSet<string> Official = new(StringComparer.Ordinal)
    {
        "推进", "推动", "加快", "加强", "提升", "提高", "促进", "坚持", "围绕", "实现", "开展", "进行", "发挥", "落实", "组织", "服务", "工作",
        "发展", "建设", "管理", "监督", "保障", "改革", "创新", "合作", "综合", "活动", "相关", "有关", "重要", "主要",
    };

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>A stop word that ends a name when met (function words, pronouns, time words), unlike an official verb.</summary>
    public static bool EndsName(string word) => Words.Contains(word) && !Official.Contains(word);
}
