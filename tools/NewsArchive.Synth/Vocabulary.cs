namespace NewsArchive.Synth;

/// <summary>
/// The generator's own words: invented places, people and organisations, and topics of a local daily.
/// Nothing here is taken from the sample or the test pages; names are composed from syllable lists.
/// </summary>
internal static class Vocabulary
{
    public static readonly (string Slug, string NameZh, string NameEn, bool NamedFiles)[] Papers =
    [
        ("chengjiang-daily", "澄江日报", "Chengjiang Daily", false),
        ("lanping-evening", "岚平晚报", "Lanping Evening News", true),
        ("tongyuan-daily", "桐原日报", "Tongyuan Daily", false),
        ("yuzhou-farmers", "榆州农民报", "Yuzhou Farmers' News", false),
        ("jiping-daily", "霁平日报", "Jiping Daily", true),
        ("fengchuan-news", "沣川新闻", "Fengchuan News", false),
    ];

    public static readonly string[] Sections = ["要闻", "综合", "经济", "城市", "乡村", "文化", "评论", "体育", "社会", "民生", "教育", "专刊"];

    public static readonly string[] PlaceHeads = ["澄", "岚", "桐", "榆", "霁", "沣", "溧", "渠", "芷", "蓟", "柯", "璋", "泾", "沭", "汶", "濮"];
    public static readonly string[] PlaceTails = ["江", "川", "原", "宁", "阳", "平", "安", "丰", "州", "山", "湖", "台"];
    public static readonly string[] Districts = ["新区", "高新区", "开发区", "老城区", "东区", "西湖街道", "北关镇", "南岗乡", "河口镇", "柳林村", "石门村", "青坪社区"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎"];
    public static readonly string[] GivenChars = ["建", "国", "志", "明", "海", "华", "文", "军", "平", "红", "玉", "兰", "英", "春", "秋", "伟", "刚", "勇", "杰", "涛", "鹏", "飞", "宇", "浩", "晨", "阳", "雪", "静", "丽", "敏", "洁", "婷", "磊", "强", "斌", "超", "亮", "冰", "云", "霞", "立", "新", "长", "庆", "德", "福", "春", "晓", "思", "嘉", "欣", "佳", "悦", "宁", "安", "凯", "博", "彬", "琳", "蕾"];

    // Characters used only to coin distinctive names (brands, projects), so a coined name occurs in exactly one article.
    public static readonly string[] CoinChars = ["翊", "琮", "瑄", "珩", "璘", "筠", "岫", "棠", "芮", "蔚", "菁", "萱", "荻", "澈", "洵", "溆", "湛", "璞", "琰", "瑗", "骞", "翀", "煦", "晔", "昶", "暄", "曦", "旻", "炅", "熠", "焕", "钰", "铮", "锴", "镕", "楷", "樾", "梓", "桦", "柘", "棣", "杳", "苒", "茗", "荇", "莳", "蘅", "芃", "衍", "彧", "祺", "稷", "穗", "粟", "菽", "黍", "稔", "秾", "穰", "芸", "蕙", "苓", "茵", "芊"];
    public static readonly string[] CoinSuffixes = ["牌", "工坊", "合作社", "计划", "工作室", "驿站"];

    // Syllables for coined English brand words (one article each).
    public static readonly string[] EnglishSyllables = ["ka", "lo", "mi", "ren", "tav", "sol", "ber", "dun", "vex", "qui", "zar", "pel", "nor", "fin", "gal", "hut", "jor", "kes", "lum", "mor", "nes", "pax", "rik", "sen", "tor", "ul", "vin", "wes", "yor", "zen", "bri", "cor"];
    public static readonly string[] EnglishCommon = ["5G", "AI", "APP", "GDP", "CPI", "VR", "PM2.5", "LED", "ETC", "WiFi", "GPS", "CT", "ICU", "PPT", "Logo"];

    public static readonly string[] Topics = ["老旧小区改造", "农村公路建设", "高标准农田建设", "冬小麦田间管理", "社区养老服务", "课后托管服务", "垃圾分类", "文旅消费", "充电桩建设", "智慧农业", "非遗传承", "全民健身", "河湖治理", "营商环境优化", "职业技能培训", "冷链物流", "夜间经济", "森林防火", "食品安全检查", "医保报销", "校园安全", "数字政务", "招商引资", "中药材种植", "蔬菜大棚", "光伏发电", "跨境电商", "供暖保障", "防汛备汛", "春耕备播", "社区食堂", "家庭医生签约", "公交线路优化", "城市绿化", "电动自行车管理", "燃气安全排查", "地下管网改造", "农产品直播", "水果采摘游", "图书馆夜读"];
    public static readonly string[] OrgTails = ["农业农村局", "人民医院", "经济开发区管委会", "街道办事处", "供电公司", "图书馆", "第一中学", "市场监督管理局", "人民政府", "农商银行", "文化馆", "消防救援大队", "交警大队", "自来水公司", "职业技术学院", "妇联", "团委", "气象局", "生态环境局", "住建局"];
    public static readonly string[] Crowds = ["居民", "村民", "游客", "学生", "家长", "老人", "企业主", "志愿者", "菜农", "果农", "骑手", "司机", "患者", "读者", "工人"];
    public static readonly string[] Verbs = ["推进", "开展", "实施", "启动", "完成", "部署", "落实", "深化", "优化", "升级"];
    public static readonly string[] Goods = ["蔬菜", "苹果", "草莓", "小米", "红薯", "食用菌", "玉米", "花生", "茶叶", "蜂蜜", "板栗", "葡萄"];
    public static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
    public static readonly string[] CommentKickers = ["时评", "短评", "一家之言", "街谈巷议", "今日观点"];
    public static readonly string[] FeatureKickers = ["走基层", "记者手记", "蹲点日记", "身边榜样", "一线故事", "乡村新貌"];
    public static readonly string[] NewsKickers = ["聚焦", "民生实事", "项目建设进行时", "新春走基层", "高质量发展在基层"];
}
