using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

/// <summary>
/// Sentences written the way other provinces' plans put them (江苏, 山东, 河北, 广东 ...), not only the five seeds: a later
/// stage that omits what it measures, the thresholds of tiered prices, counts and shares with their measured noun.
/// </summary>
public class StagedAndTieredRule
{
    [Theory]
    [InlineData("到2022年新增节水型企业10个，到2025年累计达到30个。", "新增节水型企业数量", "节水型企业数量")]
    [InlineData("2023年底前，新增节水型高校5所，2025年底前累计达到15所。", "新增节水型高校数量", "节水型高校数量")]
    [InlineData("到2022年，创建省级节水型企业4家，到2025年达到8家。", "省级节水型企业数量", "省级节水型企业数量")]
    [InlineData("到2022年，建成节水型单位4个，2025年6个。", "节水型单位数量", "节水型单位数量")]
    public void a_later_stage_that_omits_the_metric_carries_it_over(string sentence, string first, string later)
    {
        var targets = TargetParser.Parse(sentence);

        targets.Select(t => t.Metric).ShouldBe([first, later]);
        targets.Select(t => t.Year).ShouldBe(targets.Select(t => t.Year).Order());
        targets[1].Year.ShouldNotBe(targets[0].Year);
    }

    [Theory]
    [InlineData("落实城镇非居民用水超定额累进加价制度，超定额20%（含）以内的部分加价1倍，超定额20%至40%的部分加价2倍，超定额40%以上的部分加价3倍。")]
    [InlineData("非居民用水超计划（定额）累进加价，超计划10%以下的部分按水价的1.5倍加收，超计划10%—30%的部分按2倍加收。")]
    [InlineData("居民阶梯水价第一级水量为每户每月15立方米以下，第二级为16至25立方米，第三级为25立方米以上。")]
    [InlineData("严格执行居民生活用水阶梯水价制度，第一阶梯水量每户每月不超过18立方米。")]
    public void the_thresholds_of_tiered_prices_are_qualifiers_not_targets(string sentence) => TargetParser.Parse(sentence).ShouldBeEmpty();

    [Fact]
    public void a_target_in_a_tiered_price_sentence_is_still_read()
    {
        var targets = TargetParser.Parse("全面推行非居民用水超定额累进加价制度，到2025年，全市非居民用水户计划用水管理覆盖率达到95%以上。");

        targets.ShouldHaveSingleItem().ShouldBe(new ParsedTarget("非居民用水户计划用水管理覆盖率", "atLeast", 95m, "%", "level", null, 2025, false));
    }

    [Fact]
    public void a_shandong_style_reduction_against_a_later_baseline_is_read_with_its_year()
    {
        var targets = TargetParser.Parse("到2025年，万元地区生产总值用水量比2020年下降16%，万元工业增加值用水量比2020年下降13%。");

        targets.ShouldBe([
            new ParsedTarget("万元地区生产总值用水量", "atLeast", 16m, "%", "reduction", 2020, 2025, false),
            new ParsedTarget("万元工业增加值用水量", "atLeast", 13m, "%", "reduction", 2020, 2025, false),
        ]);
    }

    // “During” a five-year plan names no year to reach it by, as the held-out sentences are labelled; “by its end” does (末).
    [Fact]
    public void a_hebei_style_amount_over_a_five_year_period_has_no_target_year() =>
        TargetParser.Parse("“十四五”期间，全市新增高效节水灌溉面积30万亩。").ShouldHaveSingleItem()
            .ShouldBe(new ParsedTarget("新增高效节水灌溉面积", "atLeast", 300000m, "亩", "level", null, null, false));

    [Fact]
    public void a_list_of_counts_keeps_each_measured_noun() =>
        TargetParser.Parse("到2025年，累计创建节水型企业200家、节水型单位500个、节水型居民小区300个。").Select(t => (t.Metric, t.Value))
            .ShouldBe([("节水型企业数量", 200m), ("节水型单位数量", 500m), ("节水型居民小区数量", 300m)]);

    [Fact]
    public void a_jiangsu_style_coverage_rate_keeps_its_rate() =>
        TargetParser.Parse("到2023年底，全区节水型居民小区覆盖率达到30%以上。").ShouldHaveSingleItem().Metric.ShouldBe("节水型居民小区覆盖率");
}
