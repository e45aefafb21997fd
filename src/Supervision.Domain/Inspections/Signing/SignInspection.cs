using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Inspections.Signing;

/// <summary>签收: a unit the 督办单 is addressed to signs for it.</summary>
public sealed record SignInspection(Guid InspectionId) : IInspectionOrderCommand
{
    public Decision Decide(InspectionOrder? inspection, Actor actor, DateTimeOffset now)
    {
        if (InspectionRules.Addressed(inspection, actor) is { } refusal) return refusal;
        return inspection!.SignedBy.Contains(actor.Unit!)
            ? Refusal.Conflict("Your unit has already signed for this inspection command.")
            : Decision.Accept(new InspectionSigned(inspection.Id, inspection.Jurisdiction, actor.Unit!, actor.UserId, now));
    }
}
