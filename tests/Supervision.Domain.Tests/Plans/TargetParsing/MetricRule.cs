using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class MetricRule
{
    [Theory]
    [InlineData("加强节水宣传教育，增强全社会节水意识。")]
    [InlineData("到2021年，建成省级节水型城市；到2022年，建成国家节水型城市。")]
    [InlineData("到2022年，全市用水总量控制在省下达指标以内。")]
    public void A_sentence_without_a_measurable_target_yields_nothing(string sentence)
    {
        TargetParser.Parse(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("全市城镇公共供水管网漏损率控制在9.5%以内", "城镇公共供水管网漏损率")]
    [InlineData("规模以上工业用水重复利用率达到91%以上", "规模以上工业用水重复利用率")]
    [InlineData("农田灌溉水有效利用系数提高到0.625以上", "农田灌溉水有效利用系数")]
    [InlineData("全国用水总量严格控制在7000亿立方米以内", "用水总量")]
    public void The_metric_is_the_shortest_phrase_naming_what_is_measured(string sentence, string metric)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Metric.ShouldBe(metric);
    }

    [Theory]
    [InlineData("到2022年，打造4个节水标杆酒店。", "节水标杆酒店数量")]
    [InlineData("建成省级绿色发展示范区6个", "省级绿色发展示范区数量")]
    [InlineData("到2022年，完成30个节水型公共机构建设。", "节水型公共机构数量")]
    [InlineData("到2025年，节水型企业数量达到500家。", "节水型企业数量")]
    [InlineData("到“十四五”末，累计建成县域节水型社会达标县（区）60个。", "县域节水型社会达标县（区）数量")]
    public void A_count_keeps_its_measured_noun(string sentence, string metric)
    {
        TargetParser.Parse(sentence).ShouldHaveSingleItem().Metric.ShouldBe(metric);
    }

    [Fact]
    public void A_clause_naming_only_a_group_borrows_the_metric_before_it()
    {
        var targets = TargetParser.Parse("到2022年，全市城市再生水利用率达到25%以上，其中缺水城市达到30%以上。");

        targets.Select(t => t.Metric).ShouldBe(["城市再生水利用率", "缺水城市再生水利用率"]);
    }
}
