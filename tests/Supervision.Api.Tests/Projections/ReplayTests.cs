using System.Text.Json;
using System.Text.Json.Nodes;
using System.Data;
using Marten;
using Marten.Services;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Assessment;
using Supervision.Domain.Evidence;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.Folding;
using Supervision.Domain.People;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;

namespace Supervision.Api.Tests.Projections;

/// <summary>
/// Each aggregate has one fold. Replaying a stored stream with it gives the snapshot the inline projection kept, field for
/// field, and the snapshot's version is the stream's length: the command path, the as-of views and the tests can trust it.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_a_stream_is_replayed_with_its_aggregates_fold(AppFixture app)
{
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task every_task_equals_its_snapshot() =>
        (await ReplayEvery(SupervisedTask.Folding, t => t.Id, t => t.Version)).ShouldBeGreaterThan(200);

    [Fact]
    public async Task every_plan_equals_its_snapshot() =>
        (await ReplayEvery(SupervisedPlan.Folding, p => p.Id, p => p.Version)).ShouldBeGreaterThan(4);

    [Fact]
    public async Task every_unit_equals_its_snapshot() =>
        (await ReplayEvery(RegisteredUnit.Folding, u => u.Id, u => u.Version)).ShouldBeGreaterThan(20);

    [Fact]
    public async Task every_person_equals_its_snapshot() =>
        (await ReplayEvery(Person.Folding, p => p.Id, p => p.Version)).ShouldBeGreaterThan(20);

    [Fact]
    public async Task every_jurisdiction_equals_its_snapshot()
    {
        var city = app.NewJurisdiction();
        await app.As(FreshJurisdictions.OfficeOf(city)).Post($"/api/jurisdictions/{app.NewJurisdiction(city)}/rename",
            new { name = "重放更名区", effectiveOn = "2022-06-01" });
        (await ReplayEvery(RegisteredJurisdiction.Folding, j => j.Id, j => j.Version)).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task every_evidence_file_equals_its_snapshot()
    {
        await app.As(Support.People.Department(Support.People.WaterBureau)).Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7 replay"u8.ToArray()), "file", "replay.pdf" } })
                .ToUrl("/api/evidence");
            s.StatusCodeShouldBe(201);
        });
        (await ReplayEvery(EvidenceFile.Folding, f => f.Id, f => f.Version)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task every_finding_equals_its_snapshot() =>
        (await ReplayEvery(Finding.Folding, f => f.Id, f => f.Version)).ShouldBeGreaterThan(0);

    [Fact]
    public async Task every_inspection_order_equals_its_snapshot()
    {
        var task = await app.AcceptedTask();
        await app.As(Support.People.Office).Post("/api/inspections", new
        {
            jurisdiction = "zhuji", taskIds = new[] { task }, instructions = "请说明进度滞后原因", severity = "key", responseDeadline = "2022-12-31",
        }, status: 201);
        (await ReplayEvery(InspectionOrder.Folding, i => i.Id, i => i.Version)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task every_published_assessment_equals_its_snapshot()
    {
        var city = app.NewJurisdiction();
        var office = app.As(FreshJurisdictions.OfficeOf(city));
        await office.PostText("/api/plans/import", new SmallPlan(city).Yaml, "application/yaml");
        await office.Post("/api/assessments/periods/2022/close", null, 201);
        (await ReplayEvery(PublishedAssessment.Folding, a => a.Id, a => a.Version)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task a_merged_unit_and_the_task_finding_and_order_it_passed_on_equal_their_snapshots()
    {
        var merger = new Units.WaterGroupMerger(app);
        try
        {
            await merger.BeforeTheMerger();
            await merger.Merges();
            await app.As(merger.Office).Post($"/api/units/{merger.Bureau}/rename", new { name = "市水务局", effectiveOn = "2023-08-01" });
        }
        finally
        {
            app.Clock.Reset();
        }
        (await ReplayEvery(SupervisedTask.Folding, t => t.Id, t => t.Version)).ShouldBeGreaterThan(200);
        (await ReplayEvery(Finding.Folding, f => f.Id, f => f.Version)).ShouldBeGreaterThan(0);
        (await ReplayEvery(InspectionOrder.Folding, i => i.Id, i => i.Version)).ShouldBeGreaterThan(0);
        (await ReplayEvery(RegisteredUnit.Folding, u => u.Id, u => u.Version)).ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task the_rule_book_once_published_equals_its_snapshot() =>
        (await ReplayEvery(RuleBook.Folding, b => b.Id, b => b.Version)).ShouldBeLessThanOrEqualTo(1);

    /// <returns>How many streams were compared, so that a test that compared nothing fails.</returns>
    private async Task<int> ReplayEvery<T>(Fold<T> fold, Func<T, Guid> id, Func<T, long> version) where T : class, new()
    {
        await Assessment.JinhuaYear.Play(app);
        // The sweep may append a light change to a task at any moment: snapshots and events are read in one
        // repeatable-read transaction, so both come from the same committed state.
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await using var session = Store.QuerySession(SessionOptions.ForTransaction(transaction));
        // Every jurisdiction's, when each is a tenant (the rule book is global: one tenant whatever the switch).
        var snapshots = await EveryTenant.Documents<T>(session).ToListAsync();
        var ids = snapshots.Select(id).ToArray();
        var events = (await EveryTenant.Events(session).Where(e => ids.Contains(e.StreamId)).OrderBy(e => e.Version).ToListAsync())
            .ToLookup(e => e.StreamId);

        foreach (var snapshot in snapshots)
        {
            var stream = events[id(snapshot)].ToList();
            var replayed = fold.Replay(stream.Select(e => e.Data)).ShouldNotBeNull();
            WithoutVersion(replayed).ShouldBe(WithoutVersion(snapshot), $"{typeof(T).Name} {id(snapshot)}");
            version(snapshot).ShouldBe(stream.Count);
        }
        return snapshots.Count;
    }

    private static string WithoutVersion(object value)
    {
        var json = JsonSerializer.SerializeToNode(value)!.AsObject();
        json.Remove("Version");
        return json.ToJsonString();
    }
}
