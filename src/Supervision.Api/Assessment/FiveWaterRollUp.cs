using Marten;
using Supervision.Api.Assessment.Viewing;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Assessment;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>
/// A jurisdiction's five-water view over its subtree: its own cells rolled up with its children's, each jurisdiction's own
/// cells computed in isolation (<see cref="JurisdictionIsolation"/>). A jurisdiction whose cells cannot be computed counts
/// nothing in the roll-up and is named in <see cref="FiveWaterView.Unavailable"/> of its own view and of every view above it.
/// </summary>
/// <param name="sessionOf">The read session of a jurisdiction's own data (its tenant under jurisdiction tenancy).</param>
public sealed class FiveWaterRollUp(AssessmentQuery.Resolved query, Func<string, IQuerySession> sessionOf, JurisdictionCatalog jurisdictions,
    IReadOnlyDictionary<string, CurrentAssessment> current, AsOfAnswers answers, JurisdictionIsolation isolation, CancellationToken ct)
{
    /// <summary>
    /// The view of the jurisdiction asked over its subtree: the kept totals of every jurisdiction in it in one query across
    /// their tenants, and each jurisdiction the kept totals cannot answer for computed from its events in its own tenant.
    /// </summary>
    public static async Task<FiveWaterView> Of(AssessmentQuery.Resolved query, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions,
        KeptViews kept, AsOfAnswers answers, JurisdictionIsolation isolation)
    {
        var current = await kept.FindMany(session, jurisdictions.WithDescendants(query.Jurisdiction), query, http.RequestAborted);
        return await new FiveWaterRollUp(query, code => Infrastructure.Tenancy.Of(session, http, code), jurisdictions, current, answers, isolation,
            http.RequestAborted).View(query.Jurisdiction);
    }

    private sealed record OwnCells(IReadOnlyList<DimensionCell> Dimensions, IReadOnlyList<UnitDimensionCell> Units, DateTimeOffset AsOf, string Source);

    public async Task<FiveWaterView> View(string jurisdiction)
    {
        var children = new List<FiveWaterView>();
        foreach (var child in jurisdictions.All.Where(j => j.Parent == jurisdiction).OrderBy(j => j.Code))
            children.Add(await View(child.Code));
        var (own, unavailable) = current.TryGetValue(jurisdiction, out var kept)
            ? (new OwnCells(kept.Dimensions, kept.Units, kept.AsOf, "currentView"), null)
            : await isolation.Try(jurisdiction, "The five-water cells", () => Computed(jurisdiction));
        own ??= new OwnCells(FiveWaterCells.None(jurisdiction), [], query.AsOf, "unavailable");
        var dimensions = own.Dimensions
            .Select(cell => FiveWaterCells.RollUp(cell, children.Select(c => c.Dimensions.Single(x => x.Dimension == cell.Dimension)))).ToList();
        return new FiveWaterView(jurisdiction, jurisdictions.NameOf(jurisdiction), query.Period.Name, own.AsOf, dimensions, children, own.Units,
            own.Source, [.. (unavailable is null ? [] : new[] { unavailable }), .. children.SelectMany(c => c.Unavailable)]);
    }

    /// <summary>Computed from the events; an answer for a moment past for good comes from the as-of answers kept.</summary>
    private Task<OwnCells> Computed(string jurisdiction) =>
        answers.Get("five-water", jurisdiction, $"{query.Period.Name}|rules {query.Rules.Version}", query.AsOf, async () =>
        {
            var facts = await AssessmentFactsLoader.Load(sessionOf(jurisdiction), jurisdiction, query.Period, query.AsOf, ct);
            return new OwnCells(FiveWaterCells.Dimensions(facts, query.Rules), FiveWaterCells.Units(facts, query.Rules), query.AsOf, "events");
        }, computed => AsOfAnswers.SizeOf(computed.Dimensions.Concat(computed.Units.Select(u => u.Cell))));
}
