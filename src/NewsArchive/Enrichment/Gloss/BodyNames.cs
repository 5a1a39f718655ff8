namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// The English that Chinese government bodies, places and institutions use for themselves: the type words
/// (局 Bureau, 县 County), the level a body belongs to (市 Municipal) and the standard names of the fields
/// bureaus are named after (工业和信息化 Industry and Information Technology). General institutional usage.
/// </summary>
public static class BodyNames
{
    /// <summary>Whole words that name a standard body.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fixed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["市委"] = "Municipal Party Committee",
        ["县委"] = "County Party Committee",
        ["区委"] = "District Party Committee",
        ["省委"] = "Provincial Party Committee",
        ["州委"] = "Prefectural Party Committee",
        ["党委"] = "Party Committee",
        ["党工委"] = "Party Working Committee",
        ["党组"] = "Party Leadership Group",
        ["纪委"] = "Commission for Discipline Inspection",
        ["监委"] = "Supervisory Commission",
        ["政协"] = "CPPCC",
        ["人大"] = "People's Congress",
        ["人大常委会"] = "People's Congress Standing Committee",
        ["管委会"] = "Administrative Committee",
        ["村委会"] = "Village Committee",
        ["居委会"] = "Residents' Committee",
        ["发改委"] = "Development and Reform Commission",
        ["卫健委"] = "Health Commission",
        ["宣传部"] = "Publicity Department",
        ["组织部"] = "Organization Department",
        ["统战部"] = "United Front Work Department",
        ["市政府"] = "Municipal Government",
        ["县政府"] = "County Government",
        ["区政府"] = "District Government",
        ["省政府"] = "Provincial Government",
        ["镇政府"] = "Town Government",
        ["人民政府"] = "People's Government",
        ["政府"] = "Government",
        ["党支部"] = "Party Branch",
        ["村党支部"] = "Village Party Branch",
        ["两委"] = "Two Committees",
        ["海关"] = "Customs",
        ["税务局"] = "Taxation Bureau",
        ["公安局"] = "Public Security Bureau",
        ["派出所"] = "Police Station",
        ["人民医院"] = "People's Hospital",
        ["人民法院"] = "People's Court",
        ["人民检察院"] = "People's Procuratorate",
        ["中医院"] = "Hospital of Traditional Chinese Medicine",
        ["市委办公室"] = "General Office of the Municipal Party Committee",
        ["市政府办公室"] = "General Office of the Municipal Government",
    };

    /// <summary>Type words of bodies, longest first; Gov marks those named "Bureau of X" after a level.</summary>
    public static readonly IReadOnlyList<(string Zh, string En, bool Gov)> Types =
    [
        ("有限责任公司", "Co., Ltd.", false), ("股份有限公司", "Co., Ltd.", false), ("有限公司", "Co., Ltd.", false), ("人民政府", "People's Government", false),
        ("委员会", "Committee", true), ("办公室", "Office", true), ("研究院", "Research Institute", false), ("研究所", "Research Institute", false),
        ("合作社", "Cooperative", false), ("联合会", "Federation", false), ("卫生院", "Health Center", false), ("检察院", "Procuratorate", false),
        ("博物馆", "Museum", false), ("图书馆", "Library", false), ("文化馆", "Cultural Center", false), ("纪念馆", "Memorial Hall", false),
        ("展示馆", "Exhibition Hall", false), ("科技馆", "Science Museum", false), ("体育馆", "Gymnasium", false), ("美术馆", "Art Museum", false),
        ("派出所", "Police Station", false), ("工作站", "Workstation", false), ("服务站", "Service Station", false), ("实验室", "Laboratory", false),
        ("工作室", "Studio", false), ("事务所", "Office", false), ("幼儿园", "Kindergarten", false), ("党支部", "Party Branch", false),
        ("公司", "Company", false), ("集团", "Group", false), ("政府", "Government", false), ("协会", "Association", false), ("学会", "Society", false),
        ("商会", "Chamber of Commerce", false), ("中心", "Center", false), ("学校", "School", false), ("大学", "University", false),
        ("学院", "College", false), ("中学", "Middle School", false), ("小学", "Primary School", false), ("医院", "Hospital", false),
        ("银行", "Bank", false), ("法院", "Court", false), ("基地", "Base", false), ("党委", "Party Committee", false), ("支部", "Branch", false),
        ("局", "Bureau", true), ("委", "Commission", true), ("厅", "Department", true), ("部", "Department", true), ("院", "Institute", false),
        ("站", "Station", false), ("所", "Institute", false), ("馆", "Hall", false), ("队", "Team", false), ("社", "Society", false), ("厂", "Factory", false),
    ];

    /// <summary>Place types, longest first.</summary>
    public static readonly IReadOnlyList<(string Zh, string En)> PlaceTypes =
    [
        ("经济技术开发区", "Economic and Technological Development Zone"), ("经济开发区", "Economic Development Zone"),
        ("高新技术产业开发区", "High-tech Industrial Development Zone"), ("高新区", "High-tech Zone"), ("开发区", "Development Zone"),
        ("工业园区", "Industrial Park"), ("工业园", "Industrial Park"),
        ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"), ("自治县", "Autonomous County"), ("新区", "New Area"),
        ("园区", "Park"), ("景区", "Scenic Area"), ("街道", "Subdistrict"), ("社区", "Community"), ("省", "Province"), ("市", "City"),
        ("区", "District"), ("县", "County"), ("镇", "Town"), ("乡", "Township"), ("村", "Village"), ("州", "Prefecture"), ("旗", "Banner"),
    ];

    /// <summary>What a named river, lake, mountain or road is, by its last character: 太行山 Taihang Mountain, 洞庭湖 Dongting Lake.</summary>
    public static readonly IReadOnlyDictionary<char, string> Features = new Dictionary<char, string>
    {
        ['山'] = "Mountain",
        ['湖'] = "Lake",
        ['河'] = "River",
        ['江'] = "River",
        ['岛'] = "Island",
        ['湾'] = "Bay",
        ['港'] = "Port",
        ['峡'] = "Gorge",
        ['路'] = "Road",
        ['街'] = "Street",
        ['桥'] = "Bridge",
        ['寺'] = "Temple",
        ['塔'] = "Pagoda",
        ['溪'] = "Stream",
    };

    /// <summary>The level a body belongs to, when it opens the body's name (市工业和信息化局).</summary>
    public static string? Level(string word) => word switch
    {
        "省" => "Provincial",
        "市" => "Municipal",
        "县" => "County",
        "区" => "District",
        "镇" => "Town",
        "乡" => "Township",
        "村" => "Village",
        "州" => "Prefectural",
        _ => null,
    };

    /// <summary>Fields that bureaus and commissions are named after, in their standard English.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["工业和信息化"] = "Industry and Information Technology",
        ["工信"] = "Industry and Information Technology",
        ["发展和改革"] = "Development and Reform",
        ["发改"] = "Development and Reform",
        ["市场监督管理"] = "Market Regulation",
        ["市场监管"] = "Market Regulation",
        ["住房和城乡建设"] = "Housing and Urban-Rural Development",
        ["住建"] = "Housing and Urban-Rural Development",
        ["人力资源和社会保障"] = "Human Resources and Social Security",
        ["人社"] = "Human Resources and Social Security",
        ["卫生健康"] = "Health",
        ["卫健"] = "Health",
        ["自然资源和规划"] = "Natural Resources and Planning",
        ["自然资源"] = "Natural Resources",
        ["生态环境"] = "Ecology and Environment",
        ["农业农村"] = "Agriculture and Rural Affairs",
        ["文化和旅游"] = "Culture and Tourism",
        ["文化旅游"] = "Culture and Tourism",
        ["文旅"] = "Culture and Tourism",
        ["商务"] = "Commerce",
        ["商务投资促进"] = "Commerce and Investment Promotion",
        ["投资促进"] = "Investment Promotion",
        ["教育"] = "Education",
        ["体育"] = "Sports",
        ["教育和体育"] = "Education and Sports",
        ["公安"] = "Public Security",
        ["财政"] = "Finance",
        ["民政"] = "Civil Affairs",
        ["司法"] = "Justice",
        ["交通运输"] = "Transport",
        ["交通"] = "Transport",
        ["水利"] = "Water Resources",
        ["水务"] = "Water Affairs",
        ["应急管理"] = "Emergency Management",
        ["审计"] = "Audit",
        ["统计"] = "Statistics",
        ["税务"] = "Taxation",
        ["行政审批服务"] = "Administrative Approval Services",
        ["行政审批"] = "Administrative Approval",
        ["科技"] = "Science and Technology",
        ["科学技术"] = "Science and Technology",
        ["退役军人事务"] = "Veterans Affairs",
        ["医疗保障"] = "Healthcare Security",
        ["医保"] = "Healthcare Security",
        ["城市管理"] = "Urban Management",
        ["城管"] = "Urban Management",
        ["综合行政执法"] = "Comprehensive Administrative Law Enforcement",
        ["大数据"] = "Big Data",
        ["外事"] = "Foreign Affairs",
        ["林业"] = "Forestry",
        ["粮食和物资储备"] = "Food and Strategic Reserves",
        ["档案"] = "Archives",
        ["信访"] = "Public Complaints",
        ["精神文明建设"] = "Spiritual Civilization Development",
        ["纪律检查"] = "Discipline Inspection",
        ["机关事务管理"] = "Government Offices Administration",
        ["政务服务"] = "Government Services",
        ["数据"] = "Data",
        ["国有资产监督管理"] = "State-owned Assets Supervision and Administration",
        ["住房公积金管理"] = "Housing Provident Fund Management",
        ["金融"] = "Finance",
        ["地方金融监督管理"] = "Local Financial Supervision and Administration",
        ["人民防空"] = "Civil Air Defense",
        ["气象"] = "Meteorology",
        ["邮政管理"] = "Postal Administration",
        ["供销合作"] = "Supply and Marketing Cooperatives",
        ["卫生"] = "Health",
        ["文化"] = "Culture",
        ["旅游"] = "Tourism",
        ["农业"] = "Agriculture",
        ["工业"] = "Industry",
        ["环境保护"] = "Environmental Protection",
        ["人民"] = "People's",
    };
}
