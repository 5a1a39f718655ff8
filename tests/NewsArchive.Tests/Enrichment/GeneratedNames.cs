namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// Seeded generators of names no dictionary or test page holds: places of two or three common place characters
/// with a type of every level, people of a common surname and given name, bodies by their type; each with the
/// English a reader should see, worked out here from the characters' one reading (never from the gloss).
/// </summary>
public static class GeneratedNames
{
    // Characters common in place names, each with a single reading in CC-CEDICT (polyphonic ones left out, so
    // that the expected pinyin is not a guess).
    private static readonly (char Zh, string Py)[] PlaceChars =
    [
        ('青', "qing"), ('东', "dong"), ('安', "an"), ('宁', "ning"), ('丰', "feng"), ('源', "yuan"), ('林', "lin"), ('桥', "qiao"),
        ('阳', "yang"), ('永', "yong"), ('昌', "chang"), ('泰', "tai"), ('嘉', "jia"), ('明', "ming"), ('桐', "tong"), ('岷', "min"),
        ('湄', "mei"), ('芷', "zhi"), ('临', "lin"), ('清', "qing"), ('溪', "xi"), ('峰', "feng"), ('龙', "long"), ('凤', "feng"),
        ('金', "jin"), ('福', "fu"), ('吉', "ji"), ('祥', "xiang"), ('云', "yun"), ('海', "hai"), ('江', "jiang"), ('松', "song"),
        ('梅', "mei"), ('桃', "tao"), ('柳', "liu"), ('黄', "huang"), ('泉', "quan"), ('塘', "tang"), ('岭', "ling"), ('坪', "ping"),
        ('庄', "zhuang"), ('湾', "wan"), ('柘', "zhe"), ('岱', "dai"), ('霁', "ji"),
    ];

    /// <summary>Place types of every level and their English.</summary>
    public static readonly (string Zh, string En)[] PlaceTypes =
    [
        ("省", "Province"), ("市", "City"), ("县", "County"), ("区", "District"), ("镇", "Town"), ("乡", "Township"), ("街道", "Subdistrict"),
        ("村", "Village"), ("社区", "Community"), ("开发区", "Development Zone"), ("经济开发区", "Economic Development Zone"),
        ("高新区", "High-tech Zone"), ("工业园", "Industrial Park"), ("经济技术开发区", "Economic and Technological Development Zone"),
    ];

    private static readonly (char Zh, string Py)[] SurnameChars =
    [
        ('王', "wang"), ('李', "li"), ('张', "zhang"), ('刘', "liu"), ('陈', "chen"), ('杨', "yang"), ('赵', "zhao"), ('黄', "huang"),
        ('周', "zhou"), ('吴', "wu"), ('徐', "xu"), ('孙', "sun"), ('胡', "hu"), ('朱', "zhu"), ('高', "gao"), ('林', "lin"), ('何', "he"),
        ('郭', "guo"), ('马', "ma"), ('罗', "luo"), ('梁', "liang"), ('宋', "song"), ('郑', "zheng"), ('谢', "xie"), ('韩', "han"),
        ('唐', "tang"), ('冯', "feng"), ('董', "dong"), ('程', "cheng"), ('袁', "yuan"), ('邓', "deng"), ('许', "xu"), ('沈', "shen"),
        ('彭', "peng"), ('苏', "su"), ('卢', "lu"), ('蒋', "jiang"), ('蔡', "cai"), ('丁', "ding"), ('魏', "wei"), ('叶', "ye"),
        ('潘', "pan"), ('杜', "du"), ('夏', "xia"), ('钟', "zhong"), ('汪', "wang"), ('田', "tian"), ('姜', "jiang"), ('范', "fan"),
        ('方', "fang"), ('姚', "yao"), ('谭', "tan"), ('廖', "liao"), ('邹', "zou"), ('熊', "xiong"), ('陆', "lu"), ('郝', "hao"),
        ('孔', "kong"), ('崔', "cui"), ('毛', "mao"), ('邱', "qiu"), ('秦', "qin"), ('顾', "gu"), ('侯', "hou"), ('邵', "shao"),
        ('孟', "meng"), ('雷', "lei"), ('钱', "qian"), ('汤', "tang"), ('尹', "yin"), ('萧', "xiao"), ('阎', "yan"), ('傅', "fu"), ('赖', "lai"),
    ];

    private static readonly (char Zh, string Py)[] GivenChars =
    [
        ('建', "jian"), ('国', "guo"), ('明', "ming"), ('伟', "wei"), ('芳', "fang"), ('娜', "na"), ('秀', "xiu"), ('英', "ying"),
        ('敏', "min"), ('静', "jing"), ('丽', "li"), ('磊', "lei"), ('军', "jun"), ('洋', "yang"), ('勇', "yong"), ('艳', "yan"),
        ('杰', "jie"), ('娟', "juan"), ('涛', "tao"), ('霞', "xia"), ('刚', "gang"), ('桂', "gui"), ('兰', "lan"), ('志', "zhi"),
        ('玉', "yu"), ('春', "chun"), ('晓', "xiao"), ('海', "hai"), ('林', "lin"), ('德', "de"), ('宏', "hong"), ('立', "li"),
        ('源', "yuan"), ('宇', "yu"), ('飞', "fei"), ('雪', "xue"), ('凤', "feng"), ('浩', "hao"), ('思', "si"), ('佳', "jia"),
        ('欣', "xin"), ('怡', "yi"), ('轩', "xuan"),
    ];

    public sealed record Name(string Zh, string En);

    /// <summary>Two or three place characters: the stem of a place (青石 of 青石县) in pinyin, Qingshi.</summary>
    public static Name PlaceStem(Random random) => Join(random, PlaceChars, random.Next(3) == 0 ? 3 : 2);

    /// <summary>A person: surname + one or two given characters, "Wang Zhengyuan".</summary>
    public static Name Person(Random random)
    {
        var surname = SurnameChars[random.Next(SurnameChars.Length)];
        var given = Join(random, GivenChars, random.Next(3) == 0 ? 1 : 2);
        return new Name(surname.Zh + given.Zh, $"{Capital(surname.Py)} {given.En}");
    }

    private static Name Join(Random random, (char Zh, string Py)[] pool, int count)
    {
        var picked = Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Length)]).ToList();
        var py = string.Concat(picked.Select((p, i) => i > 0 && "aoe".Contains(p.Py[0]) ? "'" + p.Py : p.Py));
        return new Name(string.Concat(picked.Select(p => p.Zh)), Capital(py));
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
