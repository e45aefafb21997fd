using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;

namespace Supervision.Api.Assessment.Viewing;

/// <summary>The rule book's versions, and a closed period as published and final.</summary>
public static class AssessmentReadEndpoints
{
    public static void MapRuleReads(this RouteGroupBuilder assessments) =>
        assessments.MapGet("/rules", Rules).WithSummary("Every published scoring rule version (version 1 is the default), paged")
            .Produces<IReadOnlyList<ScoringRules>>();

    public static void MapPeriodReads(this RouteGroupBuilder periods) =>
        periods.MapGet("/", GetPeriod).WithSummary("The closed period as published and, once final, as final, with appeals").Produces<PublishedAssessment>();

    private static async Task<IResult> Rules([AsParameters] Paging paging, IQuerySession session, HttpContext http)
    {
        var book = await session.LoadAsync<RuleBook>(RuleBook.StreamId, http.RequestAborted) ?? new RuleBook();
        return paging.Apply(http, book.Versions.Select(v => v.Rules).Prepend(ScoringRules.Default).DistinctBy(r => r.Version).ToList());
    }

    private static async Task<IResult> GetPeriod(string period, string? jurisdiction, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var code = jurisdiction ?? http.User.ToActor().Jurisdiction;
        if (!ReadAccess.Visible(http.User.ToActor(), jurisdictions).Contains(code)) return Problems.NotFound("jurisdiction");
        if (!AssessmentPeriod.TryParse(period, out _)) return Problems.From(AssessmentQuery.UnknownPeriod);
        var stored = await Tenancy.Of(session, http, code).LoadAsync<PublishedAssessment>(PublishedAssessment.StreamFor(code, period), http.RequestAborted);
        return stored is null ? Problems.NotFound("closed period") : Results.Ok(stored);
    }
}
