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

    public static readonly Refusal UnknownPeriod = Refusal.Invalid("period", "A period is a year (2023) or a quarter (2023-Q2).");

    /// <summary>Which jurisdiction and period are asked, if the caller may see them; no database read.</summary>
    public sealed record Place(string Jurisdiction, AssessmentPeriod Period);

    public (Place? Place, Refusal? Refusal) Locate(HttpContext http, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var actor = http.User.ToActor();
        var jurisdiction = Jurisdiction ?? actor.Jurisdiction;
        if (!Security.ReadAccess.Visible(actor, jurisdictions).Contains(jurisdiction))
            return (null, Refusal.NotFound($"No jurisdiction '{jurisdiction}' among yours."));
        if (Infrastructure.QueryNames.Unknown<ExportFormat>(Format, "format") is { } format) return (null, format);
        var periodText = Period ?? BusinessTime.Today(clock.GetUtcNow()).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!AssessmentPeriod.TryParse(periodText, out var period))
            return (null, UnknownPeriod);
        return (new Place(jurisdiction, period), null);
    }

    public async Task<(Resolved? Query, Refusal? Refusal)> Resolve(HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions,
        TimeProvider clock)
    {
        var (place, refusal) = Locate(http, jurisdictions, clock);
        if (refusal is not null) return (null, refusal);
        return Resolve(place!, await RuleBooks.Load(session, http.RequestAborted), clock);
    }

    /// <summary>The query under the rule book as read (the current rules, or the version asked for a what-if).</summary>
    public (Resolved? Query, Refusal? Refusal) Resolve(Place place, RuleBook book, TimeProvider clock)
    {
        var rules = RuleVersion is { } version ? book.Find(version) : book.Current;
        if (rules is null) return (null, Refusal.Invalid("ruleVersion", $"No scoring rules version {RuleVersion}."));
        var now = clock.GetUtcNow();
        var asOf = AsOf is { } moment && moment < now ? moment : now;
        return (new Resolved(place.Jurisdiction, place.Period, asOf, rules, AsOf is null), null);
    }
}
