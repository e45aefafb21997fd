using Marten;
using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Tasks;

namespace Supervision.Api.Evidence;

/// <summary>
/// Who may read an evidence file: the office and leaders of its jurisdiction, the unit that uploaded it, and units that
/// can see what it is attached to (a task they serve, a 督办单 addressed to them, a finding against them).
/// </summary>
public static class EvidenceAccess
{
    public static async Task<(EvidenceFile? File, Refusal? Refusal)> Readable(IQuerySession session, Guid id, Actor actor, CancellationToken ct)
    {
        var file = await session.LoadAsync<EvidenceFile>(id, ct);
        if (file is null || (file.Jurisdiction != actor.Jurisdiction && !actor.Is(Role.Admin)))
            return (null, Refusal.NotFound("No such evidence in your jurisdiction."));
        if (!actor.Is(Role.Department) || file.Unit == actor.Unit) return (file, null);
        foreach (var attachment in file.AttachedTo)
        {
            if (await Serves(session, attachment, actor.Unit!, ct)) return (file, null);
        }
        return (null, Refusal.Forbidden("This evidence belongs to another unit's work."));
    }

    private static async Task<bool> Serves(IQuerySession session, Attachment attachment, string unit, CancellationToken ct) =>
        attachment.Subject switch
        {
            EvidenceSubject.Report => (await session.LoadAsync<SupervisedTask>(attachment.SubjectId, ct))?.AllUnits.Contains(unit) == true,
            EvidenceSubject.InspectionResponse => (await session.LoadAsync<InspectionOrder>(attachment.SubjectId, ct))?.Units.Contains(unit) == true,
            _ => (await session.LoadAsync<Finding>(attachment.SubjectId, ct))?.Unit == unit,
        };
}
