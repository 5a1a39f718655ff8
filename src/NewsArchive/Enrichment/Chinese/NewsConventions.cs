namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// How Chinese news names people, places and bodies: the titles that stand before a name, the verbs of speech
/// after it, the suffixes that make a word a place (省市区县镇乡村) or a body (局委院公司集团中心协会).
/// </summary>
public static class NewsConventions
{
    /// <summary>Titles and roles that precede a person's name (记者 王某, 村党支部书记 李某).</summary>
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "记者", "通讯员", "实习生", "见习记者", "书记", "副书记", "局长", "副局长", "经理", "总经理", "副总经理", "部长", "副部长", "主任",
        "副主任", "院长", "副院长", "校长", "副校长", "理事长", "董事长", "会长", "秘书长", "县长", "副县长", "市长", "副市长", "区长",
        "副区长", "镇长", "副镇长", "乡长", "村长", "站长", "所长", "队长", "厂长", "处长", "科长", "主席", "副主席", "委员", "代表",
        "专家", "教授", "研究员", "工程师", "老师", "教师", "医生", "护士", "律师", "民警", "警官", "村民", "居民", "市民", "农民",
        "群众", "老人", "大爷", "大妈", "大姐", "阿姨", "师傅", "同学", "学生", "志愿者", "负责人", "创始人", "带头人", "传承人", "党员",
        "干部", "支书", "馆长", "园长", "社长", "总裁", "总监", "主管", "店主", "老板", "种植户", "养殖户", "游客", "职工", "员工", "班长",
        "指导员", "讲解员", "网格员", "快递员", "队员", "选手", "运动员", "作者", "导演", "演员", "画家", "作家", "诗人", "先生", "女士",
    };

    /// <summary>Verbs of speech and action that follow a name at the start of a clause (王某说, 李某介绍).</summary>
    private static readonly HashSet<string> AfterName = new(StringComparer.Ordinal)
    {
        "说", "说道", "介绍", "表示", "告诉", "认为", "回忆", "感慨", "指出", "强调", "坦言", "笑着", "透露", "称", "谈到", "解释", "建议",
        "提到", "正在", "一边", "带领", "带着", "是", "今年", "深有体会", "感叹", "高兴", "激动", "自豪", "补充", "分析", "总结", "讲述",
    };

    /// <summary>Characters that do not occur in given names but do follow names in running text.</summary>
    private const string NotInGivenName = "一二三四五六七八九十百千万两几住入的了在和与及是说讲等也都就将把被从向到对为又还已曾称给让请来去看着过之而或但并以于其这那个们有没不很更最再才所";

    private const string PlaceSuffixChars = "省市区县镇乡村州旗";

    /// <summary>Common words that end like a place but name none (农村 "countryside", 全市 "the whole city").</summary>
    private const string NotPlaceFirstChars = "全本该我各每此其两多几外邻这那城农山郊景园小街地社市县乡村镇省区老";

    private static readonly HashSet<string> GenericZones = new(StringComparer.Ordinal)
    {
        "开发区", "自治区", "风景区", "示范区", "保护区", "试验区", "工业区", "商业区", "居民区", "住宅区", "生活区", "服务区", "管理区",
        "贫困县", "大城市", "新农村", "少数民族", "直辖市", "省会", "县城", "城乡",
    };

    private static readonly string[] OrgSuffixWords =
    [
        "有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "委员会", "办公室", "人民政府", "政府", "研究院", "研究所", "合作社",
        "协会", "学会", "商会", "联合会", "中心", "学校", "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "银行", "法院",
        "检察院", "博物馆", "图书馆", "文化馆", "纪念馆", "展示馆", "科技馆", "体育馆", "美术馆", "派出所", "工作站", "服务站", "基地",
        "实验室", "工作室", "事务所", "党支部", "党委", "支部", "局", "委", "院", "厅", "部", "站", "所", "馆", "队", "社", "厂",
    ];

    /// <summary>Body types of two characters SmartCn may cut across after an unknown name (塘 吉中 心).</summary>
    public static readonly string[] BodyTypeWords = ["中心", "中学", "小学", "学校", "医院", "银行", "公司", "协会", "集团"];

    public static bool IsRole(string word) =>
        Roles.Contains(word) || (word.Length >= 3 && word[0] == '副' && Roles.Contains(word[1..]));

    /// <summary>True for a word ending in a role (村党支部书记 ends in 书记).</summary>
    public static bool EndsInRole(string word) =>
        IsRole(word) || (word.Length > 2 && (Roles.Contains(word[^2..]) || (word.Length > 3 && Roles.Contains(word[^3..]))));

    /// <summary>An official's or a professional's title, which follows a name as well as preceding it (张某书记, 李某局长).</summary>
    public static bool IsTitle(string word) =>
        IsRole(word) && (word[^1] == '长' || word.EndsWith("书记", StringComparison.Ordinal) || word.EndsWith("主任", StringComparison.Ordinal)
            || word.EndsWith("经理", StringComparison.Ordinal) || word.EndsWith("主席", StringComparison.Ordinal) || word is "教授" or "研究员" or "工程师");

    public static bool IsAfterName(string word) => AfterName.Contains(word);

    /// <summary>Characters that open common words ending like a place (山区, 城区, 全市, 老城区) rather than a name.</summary>
    public static bool IsNotPlaceStart(char c) => NotPlaceFirstChars.Contains(c) || "新大灾矿牧校展景片辖误禁郊".Contains(c);

    public static bool CanBeInGivenName(char c) => ChineseWords.IsHan(c) && !NotInGivenName.Contains(c);

    public static bool IsPlaceSuffix(string word) => word.Length == 1 ? PlaceSuffixChars.Contains(word[0]) : word is "街道" or "社区" || IsZone(word);

    /// <summary>Zones named like places: 嘉明经济开发区, 湄阳高新区.</summary>
    public static bool IsZone(string word) => word is "开发区" or "新区" or "高新区" or "园区" or "景区" or "示范区" or "试验区";

    /// <summary>Words that say what kind of zone it is (经济技术开发区, 高 新区), part of the type rather than the name.</summary>
    public static bool IsZoneModifier(string word) => word is "经济" or "技术" or "经济技术" or "高" or "高新" or "高新技术" or "产业" or "工业" or "旅游" or "风景" or "农业" or "科技" or "物流";

    /// <summary>Words before 园 that make it a zone named like a place (松柘工业园), where 园 alone is a garden.</summary>
    public static bool IsParkKind(string word) => word is "工业";

    /// <summary>Single characters that lead to a place rather than begin its name: 赴 (go to), 驻 (stationed in), 抵 (reach).</summary>
    public static bool LeadsToPlace(char c) => "赴驻抵访往经离返回进出入至自从到在去来向落迁".Contains(c);

    /// <summary>Two characters that make an adverb after a name (王平正在说), so the second is not a given name.</summary>
    public static bool IsAdverbPair(string pair) => pair is "正在" or "现在" or "刚刚" or "曾经" or "仍然" or "依然" or "始终" or "还在" or "正是";

    /// <summary>A single word that is itself a named place: 3+ characters ending in a place suffix, not a common noun.</summary>
    public static bool IsPlaceWord(string word) =>
        word.Length >= 3 && ChineseWords.IsAllHan(word) && !GenericZones.Contains(word) && !NotPlaceFirstChars.Contains(word[0])
        && (PlaceSuffixChars.Contains(word[^1]) || word.EndsWith("街道", StringComparison.Ordinal));

    /// <summary>Common words that end like a body but are none (北部 "the north", 干部 "cadre", 网站 "website").</summary>
    private static readonly HashSet<string> NotBodies = new(StringComparer.Ordinal)
    {
        "北部", "南部", "东部", "西部", "中部", "全部", "内部", "外部", "局部", "干部", "结局", "布局", "格局", "大局", "出院", "住院", "庭院",
        "网站", "车站", "场所", "厕所", "住所", "团队", "军队", "排队", "插队", "车队", "结社", "入社", "入队", "公社", "电站", "驿站",
    };

    /// <summary>The body suffix a word ends with (公司, 局), or null.</summary>
    public static string? OrgSuffix(string word)
    {
        if (NotBodies.Contains(word))
            return null;
        foreach (var s in OrgSuffixWords)
            if (word.EndsWith(s, StringComparison.Ordinal))
                return s;
        return null;
    }

    /// <summary>Level prefixes of government bodies: 市工业和信息化局 is the city's.</summary>
    public static bool IsLevel(string word) => word is "省" or "市" or "县" or "区" or "镇" or "乡" or "村" or "州";
}
