using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Assessment;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>Source: "currentView" when this jurisdiction's own cells came from the daemon-kept document, "events" when computed.</summary>
public sealed record FiveWaterView(string Jurisdiction, string JurisdictionName, string Period, DateTimeOffset AsOf,
    IReadOnlyList<DimensionCell> Dimensions, IReadOnlyList<FiveWaterView> Children, IReadOnlyList<UnitDimensionCell> Units, string Source);

/// <summary>
/// 五水共治 assessment per jurisdiction and dimension (cells: <see cref="FiveWaterCells"/>), rolled up over the child
/// jurisdictions: each jurisdiction's own cells from its kept current view where it answers, else from its events.
/// </summary>
public static class FiveWaterEndpoints
{
    public static void MapFiveWater(this RouteGroupBuilder api)
    {
        api.MapGet("/assessments/five-water", Get).WithTags("Assessment")
            .WithSummary("五水共治 by dimension: tasks, closed, on schedule, targets met, reports on time, open findings, red lights, score; "
                + "rolled up over child jurisdictions and broken down by unit; ?format=csv|xlsx").Produces<FiveWaterView>();
        api.MapGet("/assessments/five-water/explain", Explain).WithTags("Assessment")
            .WithSummary("One five-water cell with each component's formula, inputs and events (?dimension=)").Produces<DimensionCell>();
    }

    private static async Task<IResult> Get([AsParameters] AssessmentQuery query, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        var current = await kept.FindMany(session, jurisdictions.WithDescendants(resolved!.Jurisdiction), resolved, http.RequestAborted);
        var view = await View(resolved.Jurisdiction, resolved, session, jurisdictions, current, http.RequestAborted);
        return ExportTable.IsExport(query.Format) ? Export(view).ToResult(query.Format!) : Results.Ok(view);
    }

    private static async Task<IResult> Explain([AsParameters] AssessmentQuery query, string? dimension, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        if (QueryNames.Unknown<Dimension>(dimension ?? "", "dimension") is { } unknown) return Problems.From(unknown);
        var wanted = QueryNames.Parse<Dimension>(dimension)!.Value;
        var facts = await AssessmentFactsLoader.Load(session, resolved!.Jurisdiction, resolved.Period, resolved.AsOf, http.RequestAborted);
        return Results.Ok(FiveWaterCells.Explain(wanted, facts, resolved.Rules));
    }

    public static async Task<FiveWaterView> View(string jurisdiction, AssessmentQuery.Resolved query, IQuerySession session,
        JurisdictionCatalog jurisdictions, IReadOnlyDictionary<string, CurrentAssessment> current, CancellationToken ct)
    {
        var children = new List<FiveWaterView>();
        foreach (var child in jurisdictions.All.Where(j => j.Parent == jurisdiction).OrderBy(j => j.Code))
            children.Add(await View(child.Code, query, session, jurisdictions, current, ct));
        var (own, units, asOf, source) = current.TryGetValue(jurisdiction, out var kept)
            ? (kept.Dimensions, kept.Units, kept.AsOf, "currentView")
            : await Computed(jurisdiction, query, session, ct);
        var dimensions = own.Select(cell => FiveWaterCells.RollUp(cell, children.Select(c => c.Dimensions.Single(x => x.Dimension == cell.Dimension)))).ToList();
        return new FiveWaterView(jurisdiction, jurisdictions.NameOf(jurisdiction), query.Period.Name, asOf, dimensions, children, units, source);
    }

    private static async Task<(IReadOnlyList<DimensionCell>, IReadOnlyList<UnitDimensionCell>, DateTimeOffset, string)> Computed(
        string jurisdiction, AssessmentQuery.Resolved query, IQuerySession session, CancellationToken ct)
    {
        var facts = await AssessmentFactsLoader.Load(session, jurisdiction, query.Period, query.AsOf, ct);
        return (FiveWaterCells.Dimensions(facts, query.Rules), FiveWaterCells.Units(facts, query.Rules), query.AsOf, "events");
    }

    private static ExportTable Export(FiveWaterView view) => new(
        $"五水共治_{view.Jurisdiction}_{view.Period}",
        ["辖区", "维度", "任务数", "已办结", "按期", "达标目标", "目标数", "按时报送率", "未销号问题", "红灯", "得分"],
        view.Dimensions.Concat(view.Children.SelectMany(c => c.Dimensions)).Select(c => (IReadOnlyList<object?>)
            [c.Jurisdiction, c.Name, c.Tasks, c.Closed, c.OnSchedule, c.TargetsMet, c.Targets, c.ReportsOnTime, c.OpenFindings, c.RedLights, c.Score])
            .ToList());
}
