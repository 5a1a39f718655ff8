using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

/// <summary>Heading lines read as the groups Chinese newspapers set them in: kicker over title, subtitle under it.</summary>
public sealed class HeadingGroupTests
{
    [Fact]
    public void A_headline_led_by_its_place_and_a_colon_is_a_title_not_body_text()
    {
        const string page = "青河：大棚蔬菜卖出好价钱\n本报讯（记者 张明远）今年以来，青河县新建高标准温室大棚两百余座，带动周边农户增收。\n\n"
            + "石桥：丰收节办到家门口\n本报讯（记者 李向东）近日，石桥镇举办首届农民丰收节，现场展销吸引了大批游客。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(["青河：大棚蔬菜卖出好价钱", "石桥：丰收节办到家门口"], items.Select(i => i.Title));
        Assert.DoesNotContain(items, i => i.Paragraphs.Any(p => p.Contains('：')));
    }

    [Fact]
    public void A_sentence_with_a_colon_is_not_a_headline()
    {
        const string page = "石桥镇办起农民丰收节\n本报讯（记者 李向东）近日，石桥镇举办首届农民丰收节，负责人介绍\n\n农户们说：“今年收成好”\n\n现场展销吸引了大批游客。\n";

        var items = PageSegmenter.Segment(page).Items;

        var item = Assert.Single(items);
        Assert.Equal("石桥镇办起农民丰收节", item.Title);
    }

    [Fact]
    public void A_neighbours_title_printed_inside_a_sentence_does_not_cut_the_body()
    {
        // The first report's column is cut by the second report's title; its sentence goes on after it.
        const string page = "青河县新建蔬菜大棚\n本报讯（记者 张明远）今年以来，青河县新建高标准温室大棚两百余座，\n带动周边农户增收。县农业农村局负责人介绍，大棚\n\n"
            + "石桥镇办起农民丰收节\n\n蔬菜亩均收益比露地种植高出三倍。\n\n"
            + "本报讯（记者 李向东）近日，石桥镇举办首届农民丰收节，现场展销吸引了大批游客。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal("青河县新建蔬菜大棚", items[0].Title);
        Assert.EndsWith("露地种植高出三倍。", string.Concat(items[0].Paragraphs));
        Assert.Equal("石桥镇办起农民丰收节", items[1].Title);
    }

    [Fact]
    public void A_run_of_titles_over_several_bodies_titles_them_in_order()
    {
        // A strip of three titles printed before the three reports it stands over, each a little narrower than the
        // one before (so none is a kicker); the titles name nothing the bodies repeat, so only their order in the
        // run can tell which is whose.
        const string page = "好日子越过越红火\n\n丰收时节话增收\n\n夜诊暖人心\n\n"
            + "本报讯（记者 张明远）今年以来，青河县新建高标准温室大棚两百余座，带动周边农户增收。\n\n"
            + "本报讯（记者 李向东）近日，石桥镇举办首届农民丰收节，现场展销吸引了大批游客。\n\n"
            + "本报讯（记者 王春华）城南社区卫生服务中心日前开设夜间门诊，已接诊居民六百多人次。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(["好日子越过越红火", "丰收时节话增收", "夜诊暖人心"], items.Select(i => i.Title));
    }
}
