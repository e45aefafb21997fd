using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Assessment.Viewing;

/// <summary>
/// Source: "currentView" when this jurisdiction's own cells came from the daemon-kept document, "events" when computed,
/// "unavailable" when they could not be. Unavailable: every jurisdiction of this subtree whose own cells are left out.
/// </summary>
public sealed record FiveWaterView(string Jurisdiction, string JurisdictionName, string Period, DateTimeOffset AsOf,
    IReadOnlyList<DimensionCell> Dimensions, IReadOnlyList<FiveWaterView> Children, IReadOnlyList<UnitDimensionCell> Units, string Source,
    IReadOnlyList<UnavailableJurisdiction> Unavailable);

/// <summary>
/// 五水共治 assessment per jurisdiction and dimension (cells: <see cref="FiveWaterCells"/>), rolled up over the child
/// jurisdictions: each jurisdiction's own cells from its kept current view where it answers, else from its events. Each
/// jurisdiction is computed on its own: one whose data cannot be computed counts nothing and is named, the rest are served.
/// </summary>
public static class FiveWaterEndpoints
{
    public static void MapFiveWater(this RouteGroupBuilder api)
    {
        api.MapGet("/assessments/five-water", Get).WithTags("Assessment")
            .WithSummary("五水共治 by dimension: tasks, closed, on schedule, targets met, reports on time, open findings, red lights, score; "
                + "rolled up over child jurisdictions and broken down by unit; ?format=csv|xlsx").Produces<FiveWaterView>().Expensive(perJurisdiction: true);
        api.MapGet("/assessments/five-water/explain", Explain).WithTags("Assessment")
            .WithSummary("One five-water cell with each component's formula, inputs and events (?dimension=)").Produces<DimensionCell>().Expensive(always: true);
    }

    private static async Task<IResult> Get([AsParameters] AssessmentQuery query, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept, AsOfAnswers answers, JurisdictionIsolation isolation)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        var view = await FiveWaterRollUp.Of(resolved!, http, session, jurisdictions, kept, answers, isolation);
        return ExportTable.IsExport(query.Format) ? Export(view).ToResult(query.Format!) : Results.Ok(view);
    }

    private static async Task<IResult> Explain([AsParameters] AssessmentQuery query, string? dimension, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock, AsOfAnswers answers)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        if (QueryNames.Unknown<Dimension>(dimension ?? "", "dimension") is { } unknown) return Problems.From(unknown);
        var wanted = QueryNames.Parse<Dimension>(dimension)!.Value;
        var cell = await answers.Get("five-water-explain", resolved!.Jurisdiction, $"{resolved.Period.Name}|rules {resolved.Rules.Version}|{wanted}",
            resolved.AsOf, async () => FiveWaterCells.Explain(wanted,
                await AssessmentFactsLoader.Load(Tenancy.Of(session, http, resolved.Jurisdiction), resolved.Jurisdiction, resolved.Period, resolved.AsOf, http.RequestAborted), resolved.Rules),
            explained => AsOfAnswers.SizeOf([explained]));
        return Results.Ok(cell);
    }

    private static ExportTable Export(FiveWaterView view) => new(
        $"五水共治_{view.Jurisdiction}_{view.Period}",
        ["辖区", "维度", "任务数", "已办结", "按期", "达标目标", "目标数", "按时报送率", "未销号问题", "红灯", "得分"],
        view.Dimensions.Concat(view.Children.SelectMany(c => c.Dimensions)).Select(c => (IReadOnlyList<object?>)
            [c.Jurisdiction, c.Name, c.Tasks, c.Closed, c.OnSchedule, c.TargetsMet, c.Targets, c.ReportsOnTime, c.OpenFindings, c.RedLights, c.Score])
            // A jurisdiction left out says so in the table too, so a printed roll-up is not taken for complete.
            .Concat(view.Unavailable.Select(u => (IReadOnlyList<object?>)[u.Jurisdiction, $"未计入：{u.Reason}", null, null, null, null, null, null, null, null, null]))
            .ToList());
}
