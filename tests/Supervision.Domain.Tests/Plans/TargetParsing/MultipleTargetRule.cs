using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class MultipleTargetRule
{
    [Fact]
    public void Respectively_pairs_each_listed_metric_with_its_value()
    {
        var targets = TargetParser.Parse("到2022年，万元国内生产总值用水量、万元工业增加值用水量较2015年分别降低35%和54.5%以上");

        targets.ShouldBe([
            new ParsedTarget("万元国内生产总值用水量", "atLeast", 35m, "%", "reduction", 2015, 2022, false),
            new ParsedTarget("万元工业增加值用水量", "atLeast", 54.5m, "%", "reduction", 2015, 2022, false),
        ]);
    }

    [Fact]
    public void Shares_of_two_groups_are_two_targets()
    {
        var targets = TargetParser.Parse("到2022年，90%以上市级机关、60%以上的市级事业单位建成节水型单位。");

        targets.Select(t => (t.Metric, t.Value, t.Comparator)).ShouldBe([
            ("市级机关节水型单位建成比例", 90m, "atLeast"),
            ("市级事业单位节水型单位建成比例", 60m, "atLeast"),
        ]);
    }

    [Fact]
    public void Staged_targets_get_their_own_years_and_the_same_metric()
    {
        var targets = TargetParser.Parse("到2022年，打造4个节水标杆酒店。到2025年，打造6个节水标杆酒店。");

        targets.ShouldBe([
            new ParsedTarget("节水标杆酒店数量", "atLeast", 4m, "个", "level", null, 2022, false),
            new ParsedTarget("节水标杆酒店数量", "atLeast", 6m, "个", "level", null, 2025, false),
        ]);
    }

    [Fact]
    public void A_list_of_counts_yields_one_target_per_item()
    {
        var targets = TargetParser.Parse("到2022年，打造2个节水标杆酒店、2个节水标杆校园和5个节水标杆小区");

        targets.Select(t => (t.Metric, t.Value)).ShouldBe([("节水标杆酒店数量", 2m), ("节水标杆校园数量", 2m), ("节水标杆小区数量", 5m)]);
    }

    [Fact]
    public void One_value_shared_by_a_list_of_metrics_is_a_target_for_each()
    {
        var targets = TargetParser.Parse("到2025年，工业园区污水收集率、处理率均达到95%以上。");

        targets.Select(t => (t.Metric, t.Value)).ShouldBe([("工业园区污水收集率", 95m), ("工业园区污水处理率", 95m)]);
    }

    [Fact]
    public void A_later_stage_of_a_coefficient_names_only_its_year()
    {
        var targets = TargetParser.Parse("农田灌溉水有效利用系数2023年达到0.61，2025年达到0.62。");

        targets.Select(t => (t.Value, t.Year)).ShouldBe([(0.61m, (int?)2023), (0.62m, (int?)2025)]);
    }
}
