using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.Awarding;

/// <summary>加分项: the office awards bonus points to a unit registered in its own jurisdiction.</summary>
public sealed record AwardBonus(Guid AwardId, string Unit, decimal Points, string Reason)
{
    /// <param name="registeredUnits">
    /// The unit registry of the office's jurisdiction. A unit outside it is answered as unknown, whether or not another
    /// jurisdiction has one of that name: an office learns nothing of other jurisdictions' units.
    /// </param>
    public Decision Decide(Actor actor, DateTimeOffset now, IReadOnlySet<string> registeredUnits)
    {
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office of the jurisdiction awards bonus points.");
        if (!registeredUnits.Contains(Unit))
            return Refusal.NotFound($"No unit '{Unit}' is registered in {actor.Jurisdiction}; see GET /api/units.", "unit");
        if (Points <= 0) return Refusal.Invalid("points", "A bonus is more than zero points.");
        if (string.IsNullOrWhiteSpace(Reason)) return Refusal.Invalid("reason", "Say what the bonus is for.");
        return Decision.Accept(new BonusAwarded(AwardId, actor.Jurisdiction, Unit, Points, Reason, actor.UserId, now));
    }
}
