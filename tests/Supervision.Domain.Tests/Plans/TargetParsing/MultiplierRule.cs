using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class MultiplierRule
{
    [Fact]
    public void Wan_multiplies_the_value_by_ten_thousand()
    {
        var target = TargetParser.Parse("全市水肥一体化面积累计达到2.27万亩以上").ShouldHaveSingleItem();

        target.Value.ShouldBe(22700m);
        target.Unit.ShouldBe("亩");
    }

    [Fact]
    public void Yi_multiplies_the_value_by_a_hundred_million()
    {
        var target = TargetParser.Parse("用水总量控制在5.00亿m3以内").ShouldHaveSingleItem();

        target.Value.ShouldBe(500000000m);
        target.Unit.ShouldBe("m3");
    }

    [Fact]
    public void A_multiplied_value_keeps_no_trailing_zeros()
    {
        var target = TargetParser.Parse("城市公共供水管网漏损率控制在10.0%以内").ShouldHaveSingleItem();

        target.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("10");
    }
}
