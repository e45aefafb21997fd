using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;
using Supervision.Domain.Decisions;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Assessment.Viewing;

/// <summary>View: live, published or final. Source: "currentView" (the daemon-kept document) or "events" (computed by folding them).</summary>
public sealed record Scorecards(string Jurisdiction, string JurisdictionName, string Period, string View, int RuleVersion,
    DateTimeOffset AsOf, IReadOnlyList<UnitScore> Scores, IReadOnlyDictionary<string, string> UnitNames, string Source);

public enum ScoreView { Live, Published, Final }

public sealed record Rankings(string Jurisdiction, string Period, DateTimeOffset AsOf, IReadOnlyList<UnitScore> RedList, IReadOnlyList<UnitScore> BlackList);

/// <summary>
/// 督考 scorecards: live (as recorded up to now, or ?asOf), under the rules in force or ?ruleVersion (what-if), or as
/// published/final (?view=published|final) once a period is closed; every score carries the rule version it used.
/// </summary>
public static class ScorecardEndpoints
{
    public static void MapScorecards(this RouteGroupBuilder api)
    {
        var scorecards = api.MapGroup("/scorecards").WithTags("Assessment");
        scorecards.MapGet("/", List).WithSummary("Unit scorecards of a jurisdiction for a period (year default; quarter on request); ?format=csv|xlsx")
            .Produces<Scorecards>().Expensive();
        scorecards.MapGet("/{unitId}", One).WithSummary("One unit's scorecard: each component's points and the totals (the items behind them: /explain)")
            .Produces<UnitSummary>().Expensive();
        scorecards.MapGet("/{unitId}/explain", Explain).WithSummary("Every component with its formula, inputs, rule version and the events behind it")
            .Produces<UnitScore>().Expensive();
        api.MapGet("/rankings", Rank).WithTags("Assessment").WithSummary("红黑榜: 优秀 units and the bottom of the ranking; ?format=csv|xlsx")
            .Produces<Rankings>().Expensive();
    }

    private static async Task<IResult> List([AsParameters] AssessmentQuery query, string? view, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept, AsOfAnswers answers)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if ((refusal ?? QueryNames.Unknown<ScoreView>(view, "view")) is { } refused) return Problems.From(refused);
        var cards = await Load(resolved!, view ?? "live", Tenancy.Of(session, http, resolved!.Jurisdiction), jurisdictions, kept, answers, http.RequestAborted);
        if (cards is null) return Problems.From(Refusal.NotFound($"Period {resolved!.Period.Name} has not been {view} for {resolved.Jurisdiction}."));
        return ExportTable.IsExport(query.Format) ? Export(cards).ToResult(query.Format!) : Results.Ok(cards);
    }

    /// <summary>
    /// The read a department makes most: its own totals. The rule book, the daemon's progress and the kept totals come in
    /// one round trip; only when the daemon is behind, or the view cannot answer, does the read wait or compute.
    /// </summary>
    private static async Task<IResult> One(string unitId, [AsParameters] AssessmentQuery query, string? view, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept, RuleBooks books, AsOfAnswers answers)
    {
        var (place, refusal) = query.Locate(http, jurisdictions, clock);
        if ((refusal ?? QueryNames.Unknown<ScoreView>(view, "view")) is { } refused) return Problems.From(refused);
        session = Tenancy.Of(session, http, place!.Jurisdiction);
        var read = await KeptViews.ReadUnit(session, books, place, unitId, http.RequestAborted);
        var (resolved, invalid) = query.Resolve(place!, read.Book, clock);
        if (invalid is not null) return Problems.From(invalid);
        if ((view ?? "live") == "live" && await kept.FindUnitSummary(session, read, unitId, resolved!, http.RequestAborted) is { } current)
            return Results.Ok(current);
        var score = await Computed(unitId, resolved!, view, session, jurisdictions, answers, http.RequestAborted);
        return score is null ? Problems.NotFound("scorecard for that unit and period") : Results.Ok(UnitSummary.Of(score));
    }

    private static async Task<IResult> Explain(string unitId, [AsParameters] AssessmentQuery query, string? view, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept, AsOfAnswers answers)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if ((refusal ?? QueryNames.Unknown<ScoreView>(view, "view")) is { } refused) return Problems.From(refused);
        session = Tenancy.Of(session, http, resolved!.Jurisdiction);
        var score = (view ?? "live") == "live" && await kept.FindUnit(session, resolved!.Jurisdiction, unitId, resolved, http.RequestAborted) is { } current
            ? current
            : await Computed(unitId, resolved!, view, session, jurisdictions, answers, http.RequestAborted);
        if (score is null) return Problems.NotFound("scorecard for that unit and period");
        var unit = Domain.Units.UnitRules.IsUnitId(unitId)
            ? await session.LoadAsync<Domain.Units.RegisteredUnit>(Domain.StableId.Unit(unitId), http.RequestAborted)
            : null;
        return Results.Ok(score with { UnitName = unit?.NameOn(resolved!.Period.LastDayBy(resolved.AsOf)) });
    }

    /// <summary>A unit's score when the kept view cannot answer (published, final, as of a past moment, a what-if, the daemon behind).</summary>
    private static async Task<UnitScore?> Computed(string unitId, AssessmentQuery.Resolved resolved, string? view, IQuerySession session,
        JurisdictionCatalog jurisdictions, AsOfAnswers answers, CancellationToken ct) =>
        (await Load(resolved, view ?? "live", session, jurisdictions, null, answers, ct))?.Scores.FirstOrDefault(s => s.Unit == unitId);

    private static async Task<IResult> Rank([AsParameters] AssessmentQuery query, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock, KeptViews kept, AsOfAnswers answers)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        var cards = (await Load(resolved!, "live", Tenancy.Of(session, http, resolved!.Jurisdiction), jurisdictions, kept, answers, http.RequestAborted))!;
        var red = cards.Scores.Where(s => s.Grade == resolved!.Rules.Grades.OrderByDescending(g => g.AtLeast).First().Grade).ToList();
        var black = cards.Scores.Where(s => s.Vetoed || s.Grade == resolved!.Rules.VetoGrade).Concat(cards.Scores.TakeLast(3))
            .DistinctBy(s => s.Unit).OrderBy(s => s.Rank).ToList();
        if (ExportTable.IsExport(query.Format)) return Export(cards).ToResult(query.Format!);
        return Results.Ok(new Rankings(cards.Jurisdiction, cards.Period, cards.AsOf, red, black));
    }

    public static async Task<Scorecards?> Load(AssessmentQuery.Resolved query, string view, IQuerySession session,
        JurisdictionCatalog jurisdictions, KeptViews? kept, AsOfAnswers answers, CancellationToken ct)
    {
        var name = jurisdictions.NameOf(query.Jurisdiction);
        var units = (await session.Query<Domain.Units.RegisteredUnit>().Where(u => u.Jurisdiction == query.Jurisdiction).ToListAsync(ct))
            .ToDictionary(u => u.UnitId, u => u.NameOn(query.Period.LastDayBy(query.AsOf)));
        if (view is "published" or "final")
        {
            var stored = await session.LoadAsync<PublishedAssessment>(PublishedAssessment.StreamFor(query.Jurisdiction, query.Period.Name), ct);
            var scores = view == "final" ? stored?.Final : stored?.Published;
            return scores is null ? null
                : new Scorecards(query.Jurisdiction, name, query.Period.Name, view, stored!.RuleVersion, stored.PublishedAt, Named(scores, units), units, "published");
        }
        if (kept is not null && await kept.FindScores(session, query.Jurisdiction, query, ct) is var (current, keptScores))
            return new Scorecards(query.Jurisdiction, name, query.Period.Name, "live", current.RuleVersion, current.AsOf, Named(keptScores, units), units, "currentView");
        var computed = await answers.Get("scorecards", query.Jurisdiction, $"{query.Period.Name}|rules {query.Rules.Version}", query.AsOf,
            async () => ScoreCalculator.Compute(await AssessmentFactsLoader.Load(session, query.Jurisdiction, query.Period, query.AsOf, ct), query.Rules),
            AsOfAnswers.SizeOf);
        return new Scorecards(query.Jurisdiction, name, query.Period.Name, "live", query.Rules.Version, query.AsOf, Named(computed, units), units, "events");
    }

    /// <summary>Each score with its unit's name as the unit was called in the period.</summary>
    private static IReadOnlyList<UnitScore> Named(IEnumerable<UnitScore> scores, IReadOnlyDictionary<string, string> names) =>
        scores.Select(s => s with { UnitName = names.GetValueOrDefault(s.Unit) }).ToList();

    private static ExportTable Export(Scorecards cards) => new(
        $"考核计分_{cards.Jurisdiction}_{cards.Period}",
        ["排名", "单位", "目标完成", "按时报送", "按期办结", "问题整改", "扣分", "加分", "总分", "等级", "一票否决", "规则版本", "考核期", "截至"],
        cards.Scores.Select(s => (IReadOnlyList<object?>)
        [
            s.Rank, cards.UnitNames.GetValueOrDefault(s.Unit, s.Unit), s.Components[0].Points, s.Components[1].Points, s.Components[2].Points, s.Components[3].Points,
            s.Deductions.Points, s.Bonus.Points, s.Total, s.Grade, s.Vetoed ? "是" : "否", s.RuleVersion, s.Period, s.AsOf.ToString("O"),
        ]).ToList());
}
