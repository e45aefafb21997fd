using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class JsonLine
{
    [Fact]
    public void A_json_line_keeps_chinese_readable_and_prints_values_without_trailing_zeros()
    {
        const string input = "全市水肥一体化面积累计达到2.27万亩以上";

        var line = TargetParser.ToJsonLine(input, TargetParser.Parse(input));

        line.ShouldBe("{\"input\": \"全市水肥一体化面积累计达到2.27万亩以上\", \"targets\": [{\"metric\": \"水肥一体化面积\", " +
                      "\"comparator\": \"atLeast\", \"value\": 22700, \"unit\": \"亩\", \"kind\": \"level\", " +
                      "\"baselineYear\": null, \"year\": null, \"annual\": false}]}");
    }

    [Fact]
    public void A_json_line_prints_a_coefficient_and_both_years()
    {
        var targets = new[] { new ParsedTarget("系数", "atLeast", 0.6250m, "", "reduction", 2015, 2022, true) };

        TargetParser.ToJsonLine("x", targets).ShouldContain("\"value\": 0.625, \"unit\": \"\", \"kind\": \"reduction\", \"baselineYear\": 2015, \"year\": 2022, \"annual\": true");
    }

    [Fact]
    public void A_sentence_without_targets_prints_an_empty_list()
    {
        TargetParser.ToJsonLine("加强节水宣传。", []).ShouldBe("{\"input\": \"加强节水宣传。\", \"targets\": []}");
    }
}
