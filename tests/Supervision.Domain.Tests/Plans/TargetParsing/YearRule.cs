using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class YearRule
{
    [Theory]
    [InlineData("到2022年，区域水资源论证完成率达到100%")]
    [InlineData("2022年前，每年新建高标准农田面积3万亩")]
    [InlineData("至2022年底，全市完成景点节水标准化改造30处以上")]
    [InlineData("2022年完成高标准农田2000亩以上")]
    [InlineData("2022年底前，完成200个住宅小区二次供水设施改造")]
    [InlineData("到2022年打造5个节水标杆校园")]
    public void A_named_deadline_sets_the_year(string sentence)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Year.ShouldBe(2022);
    }

    [Fact]
    public void A_baseline_year_is_not_the_target_year()
    {
        var target = TargetParser.Parse("万元工业增加值用水量较2015年下降18%").ShouldHaveSingleItem();

        (target.BaselineYear, target.Year).ShouldBe(((int?)2015, (int?)null));
    }

    [Fact]
    public void Every_year_makes_the_target_annual_without_a_year()
    {
        var target = TargetParser.Parse("每年新增高效节水灌溉面积100万亩以上").ShouldHaveSingleItem();

        (target.Annual, target.Year).ShouldBe((true, (int?)null));
    }

    [Fact]
    public void Every_year_keeps_the_year_the_sentence_names()
    {
        var target = TargetParser.Parse("2020年前，每年发展高效节水灌溉面积0.4万亩。").ShouldHaveSingleItem();

        (target.Annual, target.Year, target.Value).ShouldBe((true, (int?)2020, 4000m));
    }

    [Fact]
    public void A_year_holds_for_later_clauses_until_another_year_appears()
    {
        var targets = TargetParser.Parse("到2022年，新改建供水管网50公里以上，公共供水管网漏损率控制在8.5%以内。到2025年，打造6个节水标杆酒店。");

        targets.Select(t => t.Year).ShouldBe([2022, 2022, 2025]);
    }

    [Fact]
    public void The_end_of_a_five_year_plan_names_its_last_year()
    {
        TargetParser.Parse("到“十四五”末，全市万元GDP用水量较2020年下降15%").ShouldHaveSingleItem().Year.ShouldBe(2025);
    }
}
