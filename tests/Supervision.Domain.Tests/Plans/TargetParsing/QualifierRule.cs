using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class QualifierRule
{
    [Theory]
    [InlineData("对年用水量5万立方米以上的工业企业实行计划用水管理。")]
    [InlineData("年出栏万头以上的生猪规模养殖场全部配备节水设施。")]
    [InlineData("推进万亩以上灌区续建配套与节水改造。")]
    [InlineData("规划用地面积2万平方米以上的建设项目，应当配套建设雨水净化、渗透和收集利用系统。")]
    [InlineData("年用水量5万方以上大耗水工业用水户定期开展水平衡测试及水效对标。")]
    [InlineData("对超过取水定额10%以上的用水户依法实施累进加价。")]
    public void A_number_describing_what_is_covered_is_not_a_target(string sentence)
    {
        TargetParser.Parse(sentence).ShouldBeEmpty();
    }

    [Fact]
    public void A_bounded_amount_of_the_measure_itself_is_a_target()
    {
        var target = TargetParser.Parse("到2022年，新增3万亩以上高效节水灌溉面积。").ShouldHaveSingleItem();

        (target.Value, target.Unit, target.Comparator).ShouldBe((30000m, "亩", "atLeast"));
    }

    [Fact]
    public void The_value_a_change_starts_from_is_not_a_target()
    {
        var target = TargetParser.Parse("城市再生水利用率由2020年的15%提高到2025年的25%").ShouldHaveSingleItem();

        (target.Value, target.Year).ShouldBe((25m, (int?)2025));
    }

    [Fact]
    public void An_amount_per_item_is_a_rate_not_a_target()
    {
        TargetParser.Parse("对更换节水龙头的家庭给予每只30元补助。").ShouldBeEmpty();
    }

    [Fact]
    public void The_target_next_to_a_qualifier_is_still_read()
    {
        var target = TargetParser.Parse("到2022年，年出栏万头以上的生猪规模养殖场节水设施设备安装率100%").ShouldHaveSingleItem();

        target.ShouldBe(new ParsedTarget("生猪规模养殖场节水设施设备安装率", "atLeast", 100m, "%", "level", null, 2022, false));
    }
}
