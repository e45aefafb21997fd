using JasperFx.Events;
using Marten;
using Supervision.Domain;
using Supervision.Domain.Assessment;
using Supervision.Domain.Findings;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;

namespace Supervision.Projections.Assessment;

/// <summary>
/// The facts of a jurisdiction as recorded up to a moment: every event of its task, finding and bonus streams recorded
/// by then, folded afresh with the domain's own fold. "Now" is just the latest moment, so live and as-of views agree.
/// </summary>
public static class AssessmentFactsLoader
{
    public static Guid BonusStream(string jurisdiction) => StableId.For("bonuses", jurisdiction);

    public static async Task<AssessmentFacts> Load(IQuerySession session, string jurisdiction, AssessmentPeriod period, DateTimeOffset asOf,
        CancellationToken ct, string? planId = null)
    {
        var (taskIds, findingIds, streams) = await Streams(session, jurisdiction, planId, ct);
        var fold = new JurisdictionFold(taskIds, findingIds);
        foreach (var recorded in await Events(session, streams, 0, long.MaxValue, ct))
            if (recorded.Ref.RecordedAt <= asOf) fold.Add(recorded);
        return Fold(jurisdiction, period, asOf, taskIds, findingIds, fold);
    }

    /// <summary>
    /// The facts as of the jurisdiction's own latest event (task, finding, bonus or business day) up to a sequence, with
    /// that event's sequence: what the async daemon keeps, which depends on the events alone. Null when the jurisdiction
    /// has no events, or has events after the sequence: while the daemon catches up (or rebuilds) a later batch
    /// recomputes it anyway, so one indexed query stands in for the fold. With a cache, the latest event it found is
    /// remembered, so the batches before it need no query at all, and the jurisdiction's streams as folded by an earlier
    /// batch are taken from it and only the events after that batch are read and folded.
    /// </summary>
    public static async Task<(AssessmentFacts Facts, long LastSequence, JurisdictionFold Fold)?> LoadLatest(IQuerySession session, string jurisdiction,
        long throughSequence, CancellationToken ct, FoldCache? cache = null)
    {
        if (cache?.HasEventAfter(jurisdiction, throughSequence) == true) return null;
        var (taskIds, findingIds, streams) = await Streams(session, jurisdiction, null, ct);
        var after = await session.Events.QueryAllRawEvents().Where(e => streams.Contains(e.StreamId) && e.Sequence > throughSequence)
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
        if (after is not null)
        {
            cache?.SawEvent(jurisdiction, after.Sequence);
            return null;
        }
        // Taken out while in use: if reading or folding fails, the next batch starts from the events again.
        var fold = cache?.Take(jurisdiction) is { } kept && kept.Through <= throughSequence ? kept : new JurisdictionFold(taskIds, findingIds);
        fold.Know(taskIds, findingIds);
        foreach (var recorded in await Events(session, streams, fold.Through, throughSequence, ct)) fold.Add(recorded);
        fold.Through = throughSequence;
        if (fold.Last is not { } last) return null;
        var asOf = last.Ref.RecordedAt;
        var facts = Fold(jurisdiction, CurrentAssessment.KeptPeriods(asOf)[0], asOf, taskIds, findingIds, fold);
        cache?.Keep(jurisdiction, fold);
        return (facts, last.Ref.Sequence, fold);
    }

    private static async Task<(List<Guid> Tasks, List<Guid> Findings, Guid[] Streams)> Streams(
        IQuerySession session, string jurisdiction, string? planId, CancellationToken ct)
    {
        var tasks = session.Query<SupervisedTask>().Where(t => t.Jurisdiction == jurisdiction);
        var listed = planId is null
            ? await tasks.Select(t => new { t.Id, t.AssignedAt, t.Number }).ToListAsync(ct)
            : await tasks.Where(t => t.PlanId == planId).Select(t => new { t.Id, t.AssignedAt, t.Number }).ToListAsync(ct);
        // A fixed order (assignment, then the plan's numbering): the rows come in whatever order the table holds them,
        // which changes as documents are rewritten, and an explanation must not depend on it.
        var taskIds = listed.OrderBy(t => t.AssignedAt).ThenBy(t => t.Number, StringComparer.Ordinal).ThenBy(t => t.Id).Select(t => t.Id).ToList();
        var findingIds = (await session.Query<Finding>().Where(f => f.Jurisdiction == jurisdiction && taskIds.Contains(f.TaskId))
            .Select(f => f.Id).ToListAsync(ct)).Order().ToList();
        var streams = taskIds.Concat(findingIds).Append(BonusStream(jurisdiction)).Append(CurrentAssessment.DayStream(jurisdiction)).ToArray();
        return (taskIds.ToList(), findingIds.ToList(), streams);
    }

    private static async Task<List<Recorded>> Events(IQuerySession session, Guid[] streams, long afterSequence, long throughSequence, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => streams.Contains(e.StreamId) && e.Sequence > afterSequence && e.Sequence <= throughSequence).OrderBy(e => e.Sequence).ToListAsync(ct);
        return events.Select(e => new Recorded(Reference(e), e.Data)).ToList();
    }

    private static AssessmentFacts Fold(string jurisdiction, AssessmentPeriod period, DateTimeOffset asOf, List<Guid> taskIds, List<Guid> findingIds,
        JurisdictionFold fold)
    {
        var histories = new List<TaskHistory>();
        foreach (var id in taskIds)
        {
            if (fold.Stream(id) is not { State: SupervisedTask task } stream || task.Status == SupervisedTaskStatus.Withdrawn) continue;
            histories.Add(new TaskHistory(task, task.Schedule, task.Dimension, stream.Events));
        }
        var findings = findingIds.Select(fold.Stream)
            .Where(stream => stream is { State: Finding })
            .Select(stream => new FindingHistory((Finding)stream!.State!, stream.Events)).ToList();
        var bonuses = (fold.Stream(BonusStream(jurisdiction))?.Events ?? [])
            .Where(r => r.Data is BonusAwarded)
            .Select(r => (Award: (BonusAwarded)r.Data, r.Ref))
            .Select(x => new BonusAward(x.Award.Unit, x.Award.Points, x.Award.Reason, x.Ref)).ToList();
        var dayBegan = fold.Stream(CurrentAssessment.DayStream(jurisdiction))?.Events.LastOrDefault(r => r.Ref.RecordedAt <= asOf)?.Ref.RecordedAt;
        return new AssessmentFacts(jurisdiction, period, asOf, histories, findings, bonuses, dayBegan);
    }

    /// <summary>The recorded moment is the injected clock's, kept in a header; older events fall back to the database timestamp.</summary>
    public static EventRef Reference(IEvent e)
    {
        var recordedAt = e.Headers is not null && e.Headers.TryGetValue(EventHeaders.RecordedAt, out var value)
            && DateTimeOffset.TryParse(value?.ToString(), out var at) ? at : e.Timestamp;
        return new EventRef(e.StreamId, e.Version, e.Sequence, e.EventTypeName, recordedAt);
    }
}
