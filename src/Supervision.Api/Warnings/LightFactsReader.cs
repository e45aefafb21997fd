using System.Linq.Expressions;
using Marten;
using Marten.Linq;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Warnings;

/// <summary>Gathers, in one round trip, what the domain needs to decide a task's light besides the task itself.</summary>
public static class LightFactsReader
{
    /// <returns>
    /// The facts, or null when a document they are read from cannot be read (damaged data): the command still goes through
    /// and its light is left to EvaluateLights, with its retries and dead letters. A database failure is not caught: the
    /// command's own transaction could not commit after it either.
    /// </returns>
    public static async Task<LightFacts?> Read(IQuerySession session, Guid taskId, ILogger logger, CancellationToken ct)
    {
        try
        {
            var batch = session.CreateBatchQuery();
            var findings = batch.Query(new OpenFindingsOfTask { TaskId = taskId });
            var inspections = batch.Query(new UnansweredInspectionsOfTask { TaskId = taskId });
            await batch.Execute(ct);
            return new LightFacts([.. await findings], [.. await inspections]);
        }
        catch (Exception e) when (e is not (OperationCanceledException or Npgsql.NpgsqlException))
        {
            logger.LogWarning(e, "The deadlines bearing on the light of task {TaskId} could not be read; the light is left to the background", taskId);
            return null;
        }
    }

    // Compiled queries: Marten plans their SQL once, where a LINQ query is parsed again on every report (the profile's
    // largest share of the command's own work, docs/benchmarks.md).
    public sealed class OpenFindingsOfTask : ICompiledListQuery<Finding>
    {
        public Guid TaskId { get; set; }

        public Expression<Func<IMartenQueryable<Finding>, IEnumerable<Finding>>> QueryIs() =>
            q => q.Where(f => f.TaskId == TaskId && f.Status != FindingStatus.Closed);
    }

    public sealed class UnansweredInspectionsOfTask : ICompiledListQuery<InspectionOrder>
    {
        public Guid TaskId { get; set; }

        public Expression<Func<IMartenQueryable<InspectionOrder>, IEnumerable<InspectionOrder>>> QueryIs() =>
            q => q.Where(i => !i.Answered && i.TaskIds.Contains(TaskId));
    }
}
