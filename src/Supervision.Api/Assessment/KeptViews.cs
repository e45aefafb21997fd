using Marten;
using Supervision.Domain.Assessment;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>How long a read of a current view waits for the daemon to take in the latest events (Supervision:ViewWaitMilliseconds).</summary>
public sealed record ViewWait(TimeSpan Limit);

/// <summary>
/// Reads the daemon-kept current views (<see cref="CurrentAssessment"/>): one document by key, once the daemon has taken
/// in every committed event, so a unit sees its own report in its score. When the view cannot answer — a past ?asOf,
/// another rule version, a new business day not yet begun for the jurisdiction, or a daemon still behind after the
/// wait — the caller computes from the events instead, which is always correct and only slower.
/// </summary>
public sealed class KeptViews(ViewWait wait, ILogger<KeptViews> logger)
{
    public async Task<CurrentAssessment?> Find(IQuerySession session, string jurisdiction, AssessmentQuery.Resolved query, CancellationToken ct) =>
        (await FindMany(session, [jurisdiction], query, ct)).GetValueOrDefault(jurisdiction);

    public async Task<IReadOnlyDictionary<string, CurrentAssessment>> FindMany(IQuerySession session, IReadOnlyCollection<string> jurisdictions,
        AssessmentQuery.Resolved query, CancellationToken ct)
    {
        if (!query.Latest || !await CaughtUp(session, ct)) return new Dictionary<string, CurrentAssessment>();
        var ids = jurisdictions.Select(j => CurrentAssessment.IdFor(j, query.Period.Name)).ToArray();
        var views = await session.LoadManyAsync<CurrentAssessment>(ct, ids);
        return views.Where(v => v.Answers(query.AsOf, query.Rules.Version)).ToDictionary(v => v.Jurisdiction);
    }

    /// <summary>One unit's kept score: one small document by key.</summary>
    public async Task<UnitScore?> FindUnit(IQuerySession session, string jurisdiction, string unit, AssessmentQuery.Resolved query, CancellationToken ct)
    {
        if (!query.Latest || !await CaughtUp(session, ct)) return null;
        var kept = await session.LoadAsync<CurrentUnitScore>(CurrentUnitScore.IdFor(jurisdiction, query.Period.Name, unit), ct);
        return kept is not null && kept.Answers(query.AsOf, query.Rules.Version) ? kept.Score : null;
    }

    /// <summary>
    /// Waits until the daemon has taken in every event committed before the read began: the target is fixed at the
    /// start, so under a steady stream of writes a read waits for one daemon batch, not for a moving high-water mark.
    /// </summary>
    private async Task<bool> CaughtUp(IQuerySession session, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var progress = $"coalesce((select last_seq_id from {schema}.mt_event_progression where name = '{CurrentAssessmentProjection.Name}:All'), 0)";
        // One query when the daemon is caught up (0); otherwise the highest event committed now, to wait for.
        var target = (await session.QueryAsync<long>(
            $"select case when m.high <= {progress} then 0 else m.high end from (select coalesce(max(seq_id), 0) as high from {schema}.mt_events) m",
            ct)).Single();
        if (target == 0) return true;
        var deadline = DateTime.UtcNow + wait.Limit;
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
            var behind = target - (await session.QueryAsync<long>($"select {progress}", ct)).Single();
            if (behind <= 0) return true;
            if (DateTime.UtcNow >= deadline)
            {
                logger.LogInformation("Current views are {Behind} events behind after {Wait}; computing from the events", behind, wait.Limit);
                return false;
            }
        }
    }
}
