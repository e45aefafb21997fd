using System.Linq.Expressions;
using Marten;
using Marten.Linq;
using Marten.Services.BatchQuerying;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Warnings;

/// <summary>
/// Gathers what the domain needs to decide a task's light besides the task itself, in the round trip that fetches the
/// task (<see cref="IReadAlongside"/>).
/// </summary>
public sealed class LightFactsReader(Guid taskId, ILogger logger) : IReadAlongside
{
    private Task<IEnumerable<Finding>>? findings;
    private Task<IEnumerable<InspectionOrder>>? inspections;
    private bool unreadable;
    private LightFacts? facts;

    /// <summary>
    /// The facts, or null when a document they are read from cannot be read (damaged data): the command still goes through
    /// and its light is left to EvaluateLights, with its retries and dead letters. A database failure is not caught: the
    /// command's own transaction could not commit after it either.
    /// </summary>
    public LightFacts? Facts => unreadable || !Read ? null : facts ??= new LightFacts([.. findings!.Result], [.. inspections!.Result]);

    public bool Read => findings is { IsCompletedSuccessfully: true } && inspections is { IsCompletedSuccessfully: true };

    public void Enlist(IBatchedQuery batch)
    {
        findings = batch.Query(new OpenFindingsOfTask { TaskId = taskId });
        inspections = batch.Query(new UnansweredInspectionsOfTask { TaskId = taskId });
    }

    public void Unreadable(Exception e)
    {
        unreadable = true;
        logger.LogWarning(e, "The deadlines bearing on the light of task {TaskId} could not be read; the light is left to the background", taskId);
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
