using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Assessment;
using Supervision.Domain.Identity;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Tests.Projections;

/// <summary>
/// 舟山's departments report one task after another, and the office returns a report and awards a bonus, each taken in
/// by the daemon on its own. Between batches the daemon keeps the district folded and reads only the new events; what it
/// keeps must equal a fold of all the district's events from scratch.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_daemon_folds_a_district_batch_after_batch(AppFixture app)
{
    private static readonly Actor Office = new("zhoushan-office-1", "舟山市督考办", Role.Office, null, "zhoushan");

    [Fact]
    public async Task what_it_keeps_equals_a_fold_of_all_the_events_from_scratch()
    {
        var folds = app.Host.Services.GetRequiredService<CurrentAssessmentProjection>().Folds;
        var tasks = (await app.As(Office).Get("/api/plans/zhoushan-water-saving-2022/tasks?pageSize=4")).EnumerateArray().ToList();
        Guid? firstReport = null;
        foreach (var task in tasks)
        {
            var lead = task.GetProperty("leadUnits")[0].GetString()!;
            var department = app.As(new Actor($"{lead}-user", lead, Role.Department, lead, "zhoushan"));
            var report = await department.Post($"/api/tasks/{task.GetProperty("id").GetGuid()}/reports", new { period = "2022-Q2", progressPercent = 55 });
            firstReport ??= report.GetProperty("reportId").GetGuid();
            await app.ViewsCaughtUp();
        }
        var heldAfterReports = folds.HeldThrough("zhoushan");
        await app.As(Office).Post($"/api/tasks/{tasks[0].GetProperty("id").GetGuid()}/reports/{firstReport}/return", new { reason = "缺少佐证材料" });
        await app.ViewsCaughtUp();
        await app.As(Office).Post("/api/assessments/bonuses",
            new { unit = tasks[1].GetProperty("leadUnits")[0].GetString(), points = 0.5m, reason = "节水宣传成效突出" }, 201);
        await app.ViewsCaughtUp();

        heldAfterReports.ShouldNotBeNull();
        folds.HeldThrough("zhoushan").ShouldNotBeNull().ShouldBeGreaterThan(heldAfterReports.Value);
        await using var session = app.QueryOf("zhoushan");
        var book = await session.LoadAsync<RuleBook>(RuleBook.StreamId) ?? new RuleBook();
        var (facts, last, _) = (await AssessmentFactsLoader.LoadLatest(session, "zhoushan", long.MaxValue, CancellationToken.None))!.Value;
        var kept = await session.Query<CurrentAssessment>().Where(v => v.Jurisdiction == "zhoushan").ToListAsync();
        var keptUnits = await session.Query<CurrentUnitScore>().Where(v => v.Jurisdiction == "zhoushan").ToListAsync();
        var keptSummaries = await session.Query<CurrentUnitSummary>().Where(v => v.Jurisdiction == "zhoushan").ToListAsync();

        kept.ShouldNotBeEmpty();
        foreach (var view in kept)
        {
            AssessmentPeriod.TryParse(view.Period, out var period).ShouldBeTrue();
            var scratch = KeptAssessment.From(facts with { Period = period }, book.Current, last);
            Json(view).ShouldBe(Json(scratch.Totals), view.Id);
            keptUnits.Where(u => u.Period == view.Period).OrderBy(u => u.Id).Select(Json)
                .ShouldBe(scratch.PerUnit().OrderBy(u => u.Id).Select(Json), view.Id);
            keptSummaries.Where(u => u.Period == view.Period).OrderBy(u => u.Id).Select(Json)
                .ShouldBe(scratch.PerUnitSummary().OrderBy(u => u.Id).Select(Json), view.Id);
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
