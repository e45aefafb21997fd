using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class ComparatorRule
{
    [Theory]
    [InlineData("规模以上工业用水重复利用率达到91%以上")]
    [InlineData("全市农村供水工程供水保证率保持95%以上")]
    [InlineData("规模以上工业用水重复利用率不低于93%")]
    [InlineData("农田灌溉水有效利用系数提高到0.68")]
    [InlineData("城市再生水利用率力争达到25%")]
    [InlineData("节水器具普及率超过95%")]
    [InlineData("且实施范围不小于城区供水服务范围的50%")]
    public void Words_of_reaching_mean_at_least(string sentence)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Comparator.ShouldBe("atLeast");
    }

    [Theory]
    [InlineData("公共供水管网漏损率控制在8.5%以内")]
    [InlineData("地下水开采量控制在1.2亿立方米以下")]
    [InlineData("全市用水总量不超过12.5亿立方米")]
    [InlineData("城镇公共供水管网漏损率低于9%")]
    [InlineData("城镇公共供水管网漏损率不高于9%")]
    public void Words_of_limiting_mean_at_most(string sentence)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Comparator.ShouldBe("atMost");
    }

    [Theory]
    [InlineData("万元国内生产总值用水量较2015年降低35%")]
    [InlineData("万元国内生产总值用水量较2015年下降35%")]
    public void A_cut_against_a_baseline_year_is_a_reduction_of_at_least_that_much(string sentence)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().ShouldBe(
            new ParsedTarget("万元国内生产总值用水量", "atLeast", 35m, "%", "reduction", 2015, null, false));
    }

    [Fact]
    public void A_baseline_named_once_holds_for_later_reductions_in_the_sentence()
    {
        var targets = TargetParser.Parse("到2025年，万元GDP用水量较2020年下降16%，万元工业增加值用水量下降12%。");

        targets.Select(t => (t.Kind, t.BaselineYear)).ShouldBe([("reduction", (int?)2020), ("reduction", (int?)2020)]);
    }

    [Fact]
    public void Falling_to_a_level_is_a_limit_not_a_reduction()
    {
        var target = TargetParser.Parse("农业灌溉用水量占用水总量的比例下降到55%以下").ShouldHaveSingleItem();

        (target.Kind, target.Comparator, target.BaselineYear).ShouldBe(("level", "atMost", (int?)null));
    }

    [Theory]
    [InlineData("打造4个节水标杆酒店")]
    [InlineData("建成3座再生水厂")]
    public void A_bare_count_to_build_is_at_least(string sentence)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Comparator.ShouldBe("atLeast");
    }
}
