using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Plans;
using Supervision.Domain.Assessment;
using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Assessment;

/// <summary>The query string every assessment view takes: jurisdiction (default yours), period (default this year), asOf, ruleVersion.</summary>
public sealed record AssessmentQuery(string? Jurisdiction, string? Period, DateTimeOffset? AsOf, int? RuleVersion, string? Format)
{
    /// <summary>Latest: no ?asOf asked, so the kept current view may answer.</summary>
    public sealed record Resolved(string Jurisdiction, AssessmentPeriod Period, DateTimeOffset AsOf, ScoringRules Rules, bool Latest);

    public async Task<(Resolved? Query, Refusal? Refusal)> Resolve(HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions,
        TimeProvider clock)
    {
        var actor = http.User.ToActor();
        var jurisdiction = Jurisdiction ?? actor.Jurisdiction;
        if (!Security.ReadAccess.Visible(actor, jurisdictions).Contains(jurisdiction))
            return (null, Refusal.NotFound($"No jurisdiction '{jurisdiction}' among yours."));
        var now = clock.GetUtcNow();
        var periodText = Period ?? BusinessTime.Today(now).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!AssessmentPeriod.TryParse(periodText, out var period))
            return (null, Refusal.Invalid("period", "A period is a year (2023) or a quarter (2023-Q2)."));
        var book = await session.LoadAsync<RuleBook>(RuleBook.StreamId, http.RequestAborted) ?? new RuleBook();
        var rules = RuleVersion is { } version ? book.Find(version) : book.Current;
        if (rules is null) return (null, Refusal.Invalid("ruleVersion", $"No scoring rules version {RuleVersion}."));
        var asOf = AsOf is { } moment && moment < now ? moment : now;
        return (new Resolved(jurisdiction, period, asOf, rules, AsOf is null), null);
    }
}
