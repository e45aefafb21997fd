using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Evidence;
using Supervision.Domain.Folding;
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
    public async Task every_evidence_file_equals_its_snapshot()
    {
        await app.As(People.Department(People.WaterBureau)).Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7 replay"u8.ToArray()), "file", "replay.pdf" } })
                .ToUrl("/api/evidence");
            s.StatusCodeShouldBe(201);
        });
        (await ReplayEvery(EvidenceFile.Folding, f => f.Id, f => f.Version)).ShouldBeGreaterThan(0);
    }

    /// <returns>How many streams were compared, so that a test that compared nothing fails.</returns>
    private async Task<int> ReplayEvery<T>(Fold<T> fold, Func<T, Guid> id, Func<T, long> version) where T : class, new()
    {
        await Assessment.JinhuaYear.Play(app);
        await using var session = Store.QuerySession();
        var snapshots = await session.Query<T>().ToListAsync();
        var ids = snapshots.Select(id).ToArray();
        var events = (await session.Events.QueryAllRawEvents().Where(e => ids.Contains(e.StreamId)).OrderBy(e => e.Version).ToListAsync())
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
