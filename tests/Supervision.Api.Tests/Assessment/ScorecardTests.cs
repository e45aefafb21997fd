using System.Text.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Assessment.JinhuaYear;

namespace Supervision.Api.Tests.Assessment;

[Collection(ApiCollection.Name)]
public class when_the_jinhua_office_reads_its_2023_scorecards(AppFixture app) : IAsyncLifetime
{
    private JsonElement cards;

    public async Task InitializeAsync()
    {
        await Play(app);
        On(app, "2023-10-05");
        cards = await app.As(Office).Get("/api/scorecards?period=2023");
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    private static decimal Points(JsonElement score, int component) => score.GetProperty("components")[component].GetProperty("points").GetDecimal();

    [Fact]
    public void water_reported_on_time_met_its_target_and_closed_on_schedule_for_full_marks()
    {
        var water = ScoreOf(cards, Water);
        (Points(water, 0), Points(water, 1), Points(water, 2), Points(water, 3)).ShouldBe((40m, 20m, 20m, 20m));
        water.GetProperty("total").GetDecimal().ShouldBe(100m);
        water.GetProperty("grade").GetString().ShouldBe("优秀");
        water.GetProperty("rank").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void construction_loses_its_target_half_a_late_report_two_chases_and_a_red_light_and_gains_its_bonus()
    {
        var construction = ScoreOf(cards, Construction);
        (Points(construction, 0), Points(construction, 1), Points(construction, 2), Points(construction, 3)).ShouldBe((0m, 15m, 20m, 20m));
        construction.GetProperty("deductions").GetProperty("points").GetDecimal().ShouldBe(2m);
        construction.GetProperty("bonus").GetProperty("points").GetDecimal().ShouldBe(3m);
        construction.GetProperty("total").GetDecimal().ShouldBe(56m);
        construction.GetProperty("grade").GetString().ShouldBe("不合格");
        construction.GetProperty("rank").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void agriculture_shares_the_water_target_loses_its_overdue_rectification_and_is_vetoed()
    {
        var agriculture = ScoreOf(cards, Agriculture);
        (Points(agriculture, 0), Points(agriculture, 1), Points(agriculture, 2), Points(agriculture, 3)).ShouldBe((40m, 20m, 20m, 0m));
        agriculture.GetProperty("total").GetDecimal().ShouldBe(80m);
        agriculture.GetProperty("vetoed").GetBoolean().ShouldBeTrue();
        agriculture.GetProperty("grade").GetString().ShouldBe("不合格");
        agriculture.GetProperty("rank").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void every_score_names_the_rule_version_it_used() =>
        cards.GetProperty("scores").EnumerateArray().ShouldAllBe(s => s.GetProperty("ruleVersion").GetInt32() == 1);

    [Fact]
    public async Task explain_adds_up_to_the_total_and_names_the_events_behind_each_component()
    {
        var explained = await app.As(Office).Get($"/api/scorecards/{Construction}/explain?period=2023");

        var components = explained.GetProperty("components").EnumerateArray().ToList();
        var sum = components.Sum(c => c.GetProperty("points").GetDecimal()) - explained.GetProperty("deductions").GetProperty("points").GetDecimal()
            + explained.GetProperty("bonus").GetProperty("points").GetDecimal();
        sum.ShouldBe(explained.GetProperty("total").GetDecimal());
        var timeliness = components[1];
        timeliness.GetProperty("formula").GetString()!.ShouldContain("20 × 1.5 ÷ 2 = 15");
        timeliness.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("credit").GetDecimal()).ShouldBe([0.5m, 1m]);
        timeliness.GetProperty("events").EnumerateArray().ShouldAllBe(e => e.GetProperty("type").GetString() == "progress_reported");
        explained.GetProperty("deductions").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .ShouldBe(["reminder_issued", "reminder_issued", "warning_raised"], ignoreOrder: true);
        explained.GetProperty("deductions").GetProperty("events")[0].GetProperty("sequence").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task as_of_mid_april_construction_had_a_missing_report_and_one_chase()
    {
        var april = await app.As(Office).Get("/api/scorecards?period=2023&asOf=2023-04-15T12:00:00%2B08:00");

        var construction = ScoreOf(april, Construction);
        (Points(construction, 0), Points(construction, 1), Points(construction, 2), Points(construction, 3)).ShouldBe((0m, 0m, 20m, 20m));
        construction.GetProperty("deductions").GetProperty("points").GetDecimal().ShouldBe(0.5m);
        construction.GetProperty("total").GetDecimal().ShouldBe(39.5m);
    }

    [Fact]
    public async Task a_quarter_is_assessed_on_its_own_dues()
    {
        var q1 = await app.As(Office).Get("/api/scorecards?period=2023-Q2");
        Points(ScoreOf(q1, Construction), 1).ShouldBe(10m);
    }

    [Fact]
    public async Task rankings_put_water_on_the_red_list_and_the_vetoed_unit_on_the_black_list()
    {
        var rankings = await app.As(Office).Get("/api/rankings?period=2023");
        rankings.GetProperty("redList").EnumerateArray().Select(s => s.GetProperty("unit").GetString()).ShouldBe([Water]);
        rankings.GetProperty("blackList").EnumerateArray().Select(s => s.GetProperty("unit").GetString()).ShouldContain(Agriculture);
    }

    [Fact]
    public async Task another_city_cannot_read_them()
    {
        await app.As(Support.People.YiwuOffice).Get("/api/scorecards?jurisdiction=jinhua&period=2023", 404);
    }
}
