using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Inspections.Responding;

/// <summary>An addressed unit answers the 督办单 with text and evidence (signing for it first if it had not); late after the deadline.</summary>
public sealed record RespondToInspection(Guid InspectionId, string Text, IReadOnlyList<Guid> EvidenceIds)
    : IInspectionOrderCommand, IAttachesEvidence
{
    public EvidenceSubject Subject => EvidenceSubject.InspectionResponse;

    public Guid SubjectId => InspectionId;

    public Decision Decide(InspectionOrder? inspection, Actor actor, DateTimeOffset now)
    {
        if (InspectionRules.Addressed(inspection, actor) is { } refusal) return refusal;
        if (inspection!.Responses.Any(r => r.Unit == actor.Unit)) return Refusal.Conflict("Your unit has already responded.");
        var late = BusinessTime.Today(now) > inspection.ResponseDeadline;
        var signed = inspection.SignedBy.Contains(actor.Unit!)
            ? []
            : new object[] { new InspectionSigned(inspection.Id, inspection.Jurisdiction, actor.Unit!, actor.UserId, now) };
        return Decision.Accept([.. signed, new InspectionResponded(inspection.Id, inspection.Jurisdiction, actor.Unit!, Text, EvidenceIds, late,
            actor.UserId, now)]);
    }
}
