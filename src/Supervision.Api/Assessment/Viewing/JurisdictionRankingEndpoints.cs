using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;

namespace Supervision.Api.Assessment.Viewing;

/// <summary>Source and AsOf: of the child's own cells, as in its five-water view (currentView, events or unavailable).</summary>
public sealed record RankedChild(int Rank, string Jurisdiction, string JurisdictionName, decimal Score, int Tasks, int OnSchedule, int RedLights,
    string Source, DateTimeOffset AsOf);

/// <summary>Unavailable: the jurisdictions below whose cells are left out of their parent's figures (named, never silently).</summary>
public sealed record JurisdictionRankings(string Jurisdiction, string JurisdictionName, string Period, DateTimeOffset AsOf,
    IReadOnlyList<RankedChild> Children, IReadOnlyList<UnavailableJurisdiction> Unavailable);

/// <summary>
/// A parent ranks its child jurisdictions (<see cref="JurisdictionRanking"/>), each over its own subtree: the five-water
/// roll-up's figures, read across the children's tenants, so the ranking and the five-water view never disagree.
/// </summary>
public static class JurisdictionRankingEndpoints
{
    public static void MapJurisdictionRanking(this RouteGroupBuilder api) =>
        api.MapGet("/rankings/jurisdictions", Rank).WithTags("Assessment")
            .WithSummary("The child jurisdictions of yours (or ?jurisdiction=) ranked: 五水共治 score, tasks on schedule, red lights; ?format=csv|xlsx")
            .Produces<JurisdictionRankings>().Expensive(perJurisdiction: true);

    private static async Task<IResult> Rank([AsParameters] AssessmentQuery query, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept, AsOfAnswers answers, JurisdictionIsolation isolation)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        var view = await FiveWaterRollUp.Of(resolved!, http, session, jurisdictions, kept, answers, isolation);
        var children = view.Children.ToDictionary(c => c.Jurisdiction);
        var ranked = JurisdictionRanking.Rank(view.Children.Select(c => (c.Jurisdiction, c.Dimensions)))
            .Select(r => new RankedChild(r.Rank, r.Jurisdiction, children[r.Jurisdiction].JurisdictionName, r.Score, r.Tasks, r.OnSchedule, r.RedLights,
                children[r.Jurisdiction].Source, children[r.Jurisdiction].AsOf))
            .ToList();
        var rankings = new JurisdictionRankings(view.Jurisdiction, view.JurisdictionName, view.Period, view.AsOf, ranked, view.Unavailable);
        return ExportTable.IsExport(query.Format) ? Export(rankings).ToResult(query.Format!) : Results.Ok(rankings);
    }

    private static ExportTable Export(JurisdictionRankings rankings) => new(
        $"辖区排名_{rankings.Jurisdiction}_{rankings.Period}",
        ["排名", "辖区", "五水共治得分", "任务数", "按期", "红灯"],
        rankings.Children.Select(c => (IReadOnlyList<object?>)[c.Rank, c.JurisdictionName, c.Score, c.Tasks, c.OnSchedule, c.RedLights])
            .Concat(rankings.Unavailable.Select(u => (IReadOnlyList<object?>)[null, u.Name, $"未计入：{u.Reason}", null, null, null]))
            .ToList());
}
