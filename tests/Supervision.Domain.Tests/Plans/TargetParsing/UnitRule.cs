using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class UnitRule
{
    [Theory]
    [InlineData("再生水利用率达到20%以上", 20, "%")]
    [InlineData("新增水肥一体化面积1.0万亩", 10000, "亩")]
    [InlineData("新改建供水管网30公里以上", 30, "km")]
    [InlineData("新改建供水管网30km以上", 30, "km")]
    [InlineData("全区用水总量控制在8.71亿立方米以内", 871000000, "m3")]
    [InlineData("再生水利用量达到500万方", 5000000, "m3")]
    [InlineData("用水总量控制在5.64亿m3以内", 564000000, "m3")]
    [InlineData("用水总量控制在5.64亿m³以内", 564000000, "m3")]
    public void Levels_carry_their_canonical_unit(string sentence, decimal value, string unit)
    {
        var target = TargetParser.Parse(sentence).ShouldHaveSingleItem();

        (target.Value, target.Unit).ShouldBe((value, unit));
    }

    [Theory]
    [InlineData("全市海水淡化产能规模达到35万立方米/日", 350000)]
    [InlineData("新增再生水生产能力3万立方米/天", 30000)]
    [InlineData("污水处理能力达到8000立方米/日", 8000)]
    public void Daily_capacities_are_in_cubic_metres_per_day(string sentence, decimal value)
    {
        var target = TargetParser.Parse(sentence).ShouldHaveSingleItem();

        (target.Value, target.Unit).ShouldBe((value, "m3/d"));
    }

    [Theory]
    [InlineData("打造4个节水标杆酒店", "个")]
    [InlineData("创建2家节水标杆企业", "家")]
    [InlineData("完成景点节水标准化改造30处以上", "处")]
    [InlineData("新建泵站2座以上", "座")]
    [InlineData("力争完成2例合同节水试点项目", "例")]
    [InlineData("创建节水型高校5所", "所")]
    [InlineData("完成1.2万户“一户一表”改造", "户")]
    public void Counts_keep_their_measure_word(string sentence, string unit)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Unit.ShouldBe(unit);
    }

    [Fact]
    public void A_coefficient_has_no_unit()
    {
        var target = TargetParser.Parse("农田灌溉水有效利用系数提高到0.625以上").ShouldHaveSingleItem();

        (target.Value, target.Unit).ShouldBe((0.625m, ""));
    }
}
