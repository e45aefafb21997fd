using Marten;
using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;

namespace Supervision.Api.Evidence;

/// <summary>Evidence cited by a report, response or rectification: checked before, attached (same transaction) after.</summary>
public static class EvidenceAttachments
{
    public static async Task<Refusal?> Check(IQuerySession session, object command, Actor actor, CancellationToken ct)
    {
        if (command is not IAttachesEvidence { EvidenceIds.Count: > 0 } cites) return null;
        var files = await session.LoadManyAsync<EvidenceFile>(ct, cites.EvidenceIds);
        foreach (var id in cites.EvidenceIds)
        {
            var file = files.FirstOrDefault(f => f.Id == id);
            if (file is null || file.Jurisdiction != actor.Jurisdiction)
                return Refusal.Invalid("evidenceIds", $"No evidence file {id} in your jurisdiction; upload it with POST /api/evidence first.");
            if (actor.Role == Role.Department && file.Unit != actor.Unit)
                return Refusal.Invalid("evidenceIds", $"Evidence file {id} was uploaded by another unit.");
        }
        return null;
    }

    /// <summary>After <see cref="Check"/>: every file cited is of the actor's jurisdiction.</summary>
    public static void Record(IDocumentSession session, object command, Actor actor, DateTimeOffset now)
    {
        if (command is not IAttachesEvidence cites) return;
        foreach (var id in cites.EvidenceIds.Distinct())
            session.Events.Append(id, new EvidenceAttached(id, actor.Jurisdiction, cites.Subject, cites.SubjectId, now));
    }
}
