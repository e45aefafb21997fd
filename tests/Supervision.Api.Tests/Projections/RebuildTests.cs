using System.Text.Json;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Supervision.Domain.Assessment;
using Supervision.Projections.Assessment;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Findings;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Projections.Findings;
using Supervision.Projections.Tasks;

namespace Supervision.Api.Tests.Projections;

[Collection(ApiCollection.Name)]
public class when_every_view_is_rebuilt_from_the_events(AppFixture app)
{
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task the_rebuilt_tasks_findings_and_reports_equal_the_live_ones_field_for_field()
    {
        await Assessment.JinhuaYear.Play(app);
        var tasksBefore = await Snapshot<SupervisedTask>(t => t.Id);
        var findingsBefore = await Snapshot<Finding>(f => f.Id);
        var reportsBefore = await Snapshot<ReportRecord>(r => r.ReportId);

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<SupervisedTaskProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<FindingProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<TaskReportProjection>(CancellationToken.None);

        tasksBefore.Count.ShouldBeGreaterThan(200);
        reportsBefore.ShouldNotBeEmpty();
        SameDocuments(await Snapshot<SupervisedTask>(t => t.Id), tasksBefore);
        SameDocuments(await Snapshot<Finding>(f => f.Id), findingsBefore);
        SameDocuments(await Snapshot<ReportRecord>(r => r.ReportId), reportsBefore);
    }

    [Fact]
    public void a_full_rebuild_names_every_inline_view_so_none_is_left_out_before_the_current_assessments()
    {
        var projections = typeof(CurrentAssessmentProjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Projection", StringComparison.Ordinal))
            .Where(t => t != typeof(CurrentAssessmentProjection)).OrderBy(t => t.FullName).ToList();

        projections.Count.ShouldBeGreaterThan(5);
        Supervision.Projections.ProjectionRegistry.InlineViews.OrderBy(t => t.FullName).ShouldBe(projections);
    }

    [Fact]
    public async Task the_rebuilt_current_assessment_views_equal_the_ones_the_daemon_kept_live()
    {
        await Assessment.JinhuaYear.Play(app);
        await app.ViewsCaughtUp();
        var before = await Snapshot<CurrentAssessment, string>(v => v.Id);

        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await RebuildCurrentAssessments(daemon);

        before.Keys.ShouldContain("jinhua/2023");
        // Tests of other collections may register fresh jurisdictions meanwhile: the views kept before are compared.
        var after = await Snapshot<CurrentAssessment, string>(v => v.Id);
        SameDocuments(after.Where(v => before.ContainsKey(v.Key)).ToDictionary(), before);
    }

    [Fact]
    public async Task a_rebuild_while_reports_keep_coming_ends_equal_to_a_fold_of_all_events()
    {
        var office = app.As(new Supervision.Domain.Identity.Actor("zhoushan-office-1", "舟山市督考办", Supervision.Domain.Identity.Role.Office, null, "zhoushan"));
        var task = (await office.Get("/api/plans/zhoushan-water-saving-2022/tasks")).EnumerateArray().First();
        var lead = task.GetProperty("leadUnits")[0].GetString()!;
        var department = app.As(new Supervision.Domain.Identity.Actor($"{lead}-user", lead, Supervision.Domain.Identity.Role.Department, lead, "zhoushan"));
        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();

        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++)
                await department.Post($"/api/tasks/{task.GetProperty("id").GetGuid()}/reports", new { period = "2022-Q1", progressPercent = 40 + i }, 200);
        });
        await RebuildCurrentAssessments(daemon);
        await writes;
        await app.ViewsCaughtUp();

        await using var session = Store.QuerySession();
        var book = await session.LoadAsync<RuleBook>(RuleBook.StreamId) ?? new RuleBook();
        var kept = await EveryTenant.Documents<CurrentAssessment>(session).ToListAsync();
        kept.ShouldContain(v => v.Jurisdiction == "zhoushan");
        foreach (var view in kept)
        {
            await using var events = app.QueryOf(view.Jurisdiction);
            var (facts, last, _) = (await AssessmentFactsLoader.LoadLatest(events, view.Jurisdiction, long.MaxValue, CancellationToken.None))!.Value;
            AssessmentPeriod.TryParse(view.Period, out var period).ShouldBeTrue();
            Json(KeptAssessment.From(facts with { Period = period }, book.Current, last).Totals).ShouldBe(Json(view), view.Id);
        }
    }

    /// <summary>
    /// A rebuild through the host's running daemon, which stops the projection's agents (one per jurisdiction when each is a
    /// tenant) and leaves them stopped; the daemon then starts every agent not running, in continuous mode.
    /// </summary>
    private static async Task RebuildCurrentAssessments(IProjectionDaemon daemon)
    {
        await daemon.RebuildProjectionAsync(CurrentAssessmentProjection.Name, TimeSpan.FromMinutes(2), CancellationToken.None);
        await daemon.StartAllAsync();
    }

    private Task<Dictionary<Guid, string>> Snapshot<T>(Func<T, Guid> id) where T : notnull => Snapshot<T, Guid>(id);

    private async Task<Dictionary<TId, string>> Snapshot<T, TId>(Func<T, TId> id) where T : notnull where TId : notnull
    {
        await using var session = Store.QuerySession();
        return (await EveryTenant.Documents<T>(session).ToListAsync()).ToDictionary(id, d => Json(d));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static void SameDocuments<TId>(Dictionary<TId, string> after, Dictionary<TId, string> before) where TId : notnull
    {
        after.Keys.Order().ShouldBe(before.Keys.Order());
        var different = before.Keys.Where(id => after[id] != before[id]).ToList();
        different.ShouldBeEmpty($"first difference: {different.Select(id => $"{before[id]} -> {after[id]}").FirstOrDefault()}");
    }
}
