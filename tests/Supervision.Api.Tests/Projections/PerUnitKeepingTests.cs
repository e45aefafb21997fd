using Marten;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Assessment;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Projections;

/// <summary>
/// A 舟山 department reports on one task. The daemon rewrites the district's totals and the documents of the units that
/// task bears on (its lead and participating units); a colleague's documents are rewritten only when the report moved it in the ranking.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_one_unit_reports_the_daemon_keeps_its_colleagues_scores_as_they_were(AppFixture app)
{
    private static readonly Actor Office = new("zhoushan-office-1", "舟山市督考办", Role.Office, null, "zhoushan");

    [Fact]
    public async Task only_the_units_of_the_task_and_those_whose_rank_moved_are_rewritten()
    {
        var task = (await app.As(Office).Get("/api/plans/zhoushan-water-saving-2022/tasks?pageSize=10")).EnumerateArray()
            .MinBy(t => t.GetProperty("participatingUnits").GetArrayLength());
        var lead = task.GetProperty("leadUnits")[0].GetString()!;
        var own = task.GetProperty("leadUnits").EnumerateArray().Concat(task.GetProperty("participatingUnits").EnumerateArray())
            .Select(u => $"/{u.GetString()}").ToList();
        var department = app.As(new Actor($"{lead}-user", lead, Role.Department, lead, "zhoushan"));
        await department.Post($"/api/tasks/{task.GetProperty("id").GetGuid()}/reports", new { period = "2022-Q3", progressPercent = 20 });
        await app.ViewsCaughtUp();
        var (ranksBefore, versionsBefore) = await Kept();

        await department.Post($"/api/tasks/{task.GetProperty("id").GetGuid()}/reports", new { period = "2022-Q4", progressPercent = 95 });
        await app.ViewsCaughtUp();
        var (ranksAfter, versionsAfter) = await Kept();

        versionsAfter.Keys.ShouldBe(versionsBefore.Keys, ignoreOrder: true);
        var rewritten = versionsAfter.Where(v => v.Value != versionsBefore[v.Key]).Select(v => v.Key).ToList();
        rewritten.ShouldContain(id => id.EndsWith($"/{lead}"));
        foreach (var id in rewritten.Where(id => !own.Any(id.EndsWith)))
            ranksAfter[id].ShouldNotBe(ranksBefore[id], $"{id} was rewritten though neither its events nor its rank changed");
        (versionsAfter.Count - rewritten.Count).ShouldBeGreaterThan(0, "every colleague's document was rewritten");
    }

    /// <summary>Each kept unit score of 舟山 by id: its rank, and the version Marten stamped on its last write.</summary>
    private async Task<(Dictionary<string, int> Ranks, Dictionary<string, Guid> Versions)> Kept()
    {
        await using var session = app.QueryOf("zhoushan");
        var kept = await session.Query<CurrentUnitScore>().Where(v => v.Jurisdiction == "zhoushan").ToListAsync();
        var versions = new Dictionary<string, Guid>();
        foreach (var score in kept) versions[score.Id] = (await session.MetadataForAsync(score)).ShouldNotBeNull().CurrentVersion;
        return (kept.ToDictionary(k => k.Id, k => k.Score.Rank), versions);
    }
}
