using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using static Supervision.Api.Tests.Support.FreshJurisdictions;

namespace Supervision.Api.Tests.Assessment;

/// <summary>
/// An older release stored what today's limits refuse: a due day of two billion days, a plan deadline at the first day of
/// the calendar, a task assigned at its first moment and due on its last, a report dated at its last moment, years and
/// values at the ends of their types. Appended straight to the store, past every validation. Every view of the city and
/// of its parent still answers, and the daemon keeps the city's views instead of setting them aside.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_an_older_release_stored_values_beyond_every_limit(AppFixture app)
{
    [Fact]
    public async Task every_view_of_the_city_and_its_parent_answers_and_nothing_is_set_aside()
    {
        var province = app.NewJurisdiction();
        var city = app.NewJurisdiction(province);
        var plan = new SmallPlan(city);
        var office = app.As(OfficeOf(city));
        await office.PostText("/api/plans/import", plan.Yaml, "application/yaml");
        var task = (await office.Get($"/api/plans/{plan.Id}/tasks"))[0].GetProperty("id").GetGuid();
        var extra = Guid.NewGuid();

        await AppendPastValidation(plan, city, task, extra);
        await app.ViewsCaughtUp();

        foreach (var (actor, url) in Reads(city, province, plan, task, extra))
        {
            var result = await app.As(actor).Send(s => { s.Get.Url(url); s.IgnoreStatusCode(); });
            result.Context.Response.StatusCode.ShouldBe(200, $"{url}: {await result.ReadAsTextAsync()}");
        }
        (await office.Post("/api/warnings/evaluate", null)).GetProperty("unavailable").GetArrayLength().ShouldBe(0);
        (await app.As(LeaderOf(province)).Get($"/api/assessments/five-water?jurisdiction={province}")).GetProperty("unavailable").GetArrayLength().ShouldBe(0);
        (await app.As(Support.People.Admin).Get("/api/admin/dead-letters")).GetProperty("projections").EnumerateArray()
            .ShouldNotContain(f => f.GetProperty("jurisdiction").GetString() == city);
    }

    private async Task AppendPastValidation(SmallPlan plan, string city, Guid task, Guid extra)
    {
        var now = app.Clock.GetUtcNow();
        await using var session = app.SessionOf(city);
        var planStream = StableId.Plan(plan.Id);
        // At the versions they reach, as the API appends: the snapshots then keep their streams' versions.
        var planAt = (await session.Events.FetchStreamStateAsync(planStream))!.Version;
        var taskAt = (await session.Events.FetchStreamStateAsync(task))!.Version;
        session.Events.Append(planStream, planAt + 1, new PlanDetailsRevised(planStream, city, plan.Title, null, null, DateOnly.MaxValue, null, DateOnly.MinValue,
            new ReportingSchedule(Cadence.Monthly, int.MaxValue),
            [new PlanIndicator("用水总量", Comparator.AtMost, decimal.MaxValue, "m3", TargetKind.Level, int.MinValue, int.MaxValue, false, null)],
            "older-release", now));
        session.Events.Append(task, taskAt + 3,
            new ReportingScheduleSet(task, city, new ReportingSchedule(Cadence.Monthly, -100_000), "older-release", now),
            new ExtensionApproved(task, city, Guid.NewGuid(), new DateOnly(2023, 12, 31), DateOnly.MaxValue, "older-release", now),
            new ProgressReported(task, city, Guid.NewGuid(), "9999-Q4", int.MinValue, [new Reading("t1", decimal.MinValue)], null, plan.Unit, "older-release",
                DateTimeOffset.MaxValue));
        session.Events.StartStream<SupervisedTask>(extra, new TaskAssigned(extra, city, "旧版本导入的任务", "", [], [plan.Unit], [], DateOnly.MinValue,
            [new TargetSpec("t1", "用水总量", Comparator.Equal, decimal.MinValue, "m3", int.MaxValue, TargetKind.Reduction, int.MinValue)],
            "older-release", DateTimeOffset.MinValue, plan.Id, "99"));
        await session.SaveChangesAsync();
    }

    private static IEnumerable<(Actor, string)> Reads(string city, string province, SmallPlan plan, Guid task, Guid extra)
    {
        var (office, leader, department) = (OfficeOf(city), LeaderOf(province), new Actor($"{plan.Unit}-clerk", "联络员", Role.Department, plan.Unit, city));
        var past = Uri.EscapeDataString(TestClock.Start.AddDays(-1).ToString("O"));
        string[] cityReads =
        [
            "/api/scorecards", $"/api/scorecards?asOf={past}", $"/api/scorecards/{plan.Unit}", $"/api/scorecards/{plan.Unit}/explain",
            "/api/rankings", "/api/assessments/five-water", "/api/assessments/five-water?format=csv", $"/api/assessments/five-water?asOf={past}",
            "/api/assessments/five-water/explain?dimension=waterSaving", "/api/warnings", $"/api/warnings?asOf={past}",
            $"/api/plans/{plan.Id}", $"/api/plans/{plan.Id}/tasks", $"/api/plans/{plan.Id}/progress", "/api/ledger", "/api/ledger?format=xlsx", "/api/units",
            .. new[] { task, extra }.SelectMany(id => new[] { $"/api/tasks/{id}", $"/api/tasks/{id}/history", $"/api/tasks/{id}/lights", $"/api/tasks/{id}/reports" }),
        ];
        return
        [
            .. cityReads.Select(url => (office, url)),
            (department, "/api/inbox"), (office, "/api/inbox"),
            (leader, $"/api/assessments/five-water?jurisdiction={province}"), (leader, $"/api/scorecards?jurisdiction={city}"),
            (leader, $"/api/rankings?jurisdiction={city}"),
        ];
    }
}
