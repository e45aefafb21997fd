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
    /// <summary>The header holding the moment an event was recorded by the injected clock (the "recorded" axis of as-of views).</summary>
    public const string RecordedAtHeader = "recordedAt";

    public static Guid BonusStream(string jurisdiction) => StableId.For("bonuses", jurisdiction);

    public static async Task<AssessmentFacts> Load(IQuerySession session, string jurisdiction, AssessmentPeriod period, DateTimeOffset asOf,
        CancellationToken ct, string? planId = null)
    {
        var (taskIds, findingIds, schedules, streams) = await Streams(session, jurisdiction, planId, ct);
        var events = await Events(session, streams, long.MaxValue, ct);
        return Fold(jurisdiction, period, asOf, taskIds, findingIds, schedules, events.Where(r => r.Ref.RecordedAt <= asOf));
    }

    /// <summary>
    /// The facts as of the jurisdiction's own latest event (task, finding, bonus or business day) up to a sequence, with
    /// that event's sequence: what the async daemon keeps, which depends on the events alone. Null when the jurisdiction
    /// has no events, or has events after the sequence: while the daemon catches up (or rebuilds) a later batch
    /// recomputes it anyway, so one indexed query stands in for the fold.
    /// </summary>
    public static async Task<(AssessmentFacts Facts, long LastSequence)?> LoadLatest(IQuerySession session, string jurisdiction,
        long throughSequence, CancellationToken ct)
    {
        var (taskIds, findingIds, schedules, streams) = await Streams(session, jurisdiction, null, ct);
        if (await session.Events.QueryAllRawEvents().AnyAsync(e => streams.Contains(e.StreamId) && e.Sequence > throughSequence, ct)) return null;
        var events = await Events(session, streams, throughSequence, ct);
        if (events.Count == 0) return null;
        var asOf = events[^1].Ref.RecordedAt;
        return (Fold(jurisdiction, CurrentAssessment.KeptPeriods(asOf)[0], asOf, taskIds, findingIds, schedules, events), events[^1].Ref.Sequence);
    }

    private static async Task<(List<Guid> Tasks, List<Guid> Findings, Dictionary<string, ReportingSchedule> Schedules, Guid[] Streams)> Streams(
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
        var schedules = (await session.Query<SupervisedPlan>().Where(p => p.Jurisdiction == jurisdiction).ToListAsync(ct))
            .ToDictionary(p => p.PlanId, p => p.Reporting);
        var streams = taskIds.Concat(findingIds).Append(BonusStream(jurisdiction)).Append(CurrentAssessment.DayStream(jurisdiction)).ToArray();
        return (taskIds.ToList(), findingIds.ToList(), schedules, streams);
    }

    private static async Task<List<Recorded>> Events(IQuerySession session, Guid[] streams, long throughSequence, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => streams.Contains(e.StreamId) && e.Sequence <= throughSequence).OrderBy(e => e.Sequence).ToListAsync(ct);
        return events.Select(e => new Recorded(Reference(e), e.Data)).ToList();
    }

    private static AssessmentFacts Fold(string jurisdiction, AssessmentPeriod period, DateTimeOffset asOf, List<Guid> taskIds, List<Guid> findingIds,
        Dictionary<string, ReportingSchedule> schedules, IEnumerable<Recorded> recorded)
    {
        var byStream = recorded.GroupBy(r => r.Ref.StreamId).ToDictionary(g => g.Key, g => g.ToList());
        var histories = new List<TaskHistory>();
        foreach (var id in taskIds)
        {
            if (!byStream.TryGetValue(id, out var stream)) continue;
            var task = stream.Aggregate((SupervisedTask?)null, (t, r) => SupervisedTask.Evolve(t, r.Data));
            if (task is null || task.Status == SupervisedTaskStatus.Withdrawn) continue;
            var schedule = task.ReportingOverride ?? (task.PlanId is { } p && schedules.TryGetValue(p, out var s) ? s : ReportingSchedule.Default);
            histories.Add(new TaskHistory(task, schedule, task.Dimension, stream));
        }
        var findings = findingIds.Where(byStream.ContainsKey)
            .Select(id => (Finding: byStream[id].Aggregate((Finding?)null, (f, r) => Finding.Evolve(f, r.Data)), Events: byStream[id]))
            .Where(x => x.Finding is not null)
            .Select(x => new FindingHistory(x.Finding!, x.Events)).ToList();
        var bonuses = byStream.GetValueOrDefault(BonusStream(jurisdiction), [])
            .Where(r => r.Data is BonusAwarded)
            .Select(r => (Award: (BonusAwarded)r.Data, r.Ref))
            .Select(x => new BonusAward(x.Award.Unit, x.Award.Points, x.Award.Reason, x.Ref)).ToList();
        return new AssessmentFacts(jurisdiction, period, asOf, histories, findings, bonuses);
    }

    /// <summary>The recorded moment is the injected clock's, kept in a header; older events fall back to the database timestamp.</summary>
    public static EventRef Reference(IEvent e)
    {
        var recordedAt = e.Headers is not null && e.Headers.TryGetValue(RecordedAtHeader, out var value)
            && DateTimeOffset.TryParse(value?.ToString(), out var at) ? at : e.Timestamp;
        return new EventRef(e.StreamId, e.Version, e.Sequence, e.EventTypeName, recordedAt);
    }
}
