using JasperFx.Events.Projections;
using Marten;
using Supervision.Domain.Assessment;
using Supervision.Domain.Evidence;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.People;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Units;
using Supervision.Projections.Assessment;
using Supervision.Projections.Evidence;
using Supervision.Projections.Findings;
using Supervision.Projections.Inspections;
using Supervision.Projections.Jurisdictions;
using Supervision.Projections.People;
using Supervision.Projections.Plans;
using Supervision.Projections.Tasks;
using Supervision.Projections.Units;

namespace Supervision.Projections;

/// <summary>Every projection, registered in one place, with the indexes the reads rely on.</summary>
public static class ProjectionRegistry
{
    /// <summary>
    /// Every inline view. A rebuild does these first, side by side, then the current assessments, which read them.
    /// </summary>
    public static readonly IReadOnlyList<Type> InlineViews =
    [
        typeof(SupervisedTaskProjection), typeof(TaskReportProjection), typeof(SupervisedPlanProjection), typeof(RegisteredUnitProjection),
        typeof(FindingProjection), typeof(InspectionOrderProjection), typeof(EvidenceFileProjection), typeof(RuleBookProjection),
        typeof(PublishedAssessmentProjection), typeof(PersonProjection), typeof(RegisteredJurisdictionProjection),
    ];

    /// <summary>
    /// The inline views the current assessments read (task and finding documents, the rule book): a rebuild finishes
    /// these before it starts the current assessments, which then run beside the other inline views.
    /// </summary>
    public static readonly IReadOnlyList<Type> AssessmentInputs = [typeof(SupervisedTaskProjection), typeof(FindingProjection), typeof(RuleBookProjection)];

    /// <summary>The views every jurisdiction shares: kept in the default tenant when jurisdictions are tenants.</summary>
    public static readonly IReadOnlyList<Type> GlobalViews = [typeof(RuleBook), typeof(Person), typeof(RegisteredJurisdiction)];

    /// <summary>
    /// The projections of <see cref="GlobalViews"/>. Under jurisdiction tenancy a rebuild leaves them out: Marten 9.58
    /// rebuilds every projection per tenant then, and for a global one deletes by a tenant_id its single-tenanted table
    /// has not. They are inline, written with their few events (people, the registry, the rule book), never behind.
    /// </summary>
    public static readonly IReadOnlyList<Type> GlobalProjections =
        [typeof(RuleBookProjection), typeof(PersonProjection), typeof(RegisteredJurisdictionProjection)];

    private static void AddGlobal<T>(StoreOptions options, Marten.Events.Aggregation.SingleStreamProjection<T, Guid> projection, bool tenanted)
        where T : class
    {
        if (tenanted)
        {
            options.Projections.AddGlobalProjection(projection, ProjectionLifecycle.Inline);
            // Single-tenanted, so never partitioned by tenant (sharded tenancy partitions every document table otherwise).
            options.Schema.For<T>().DoNotPartition();
        }
        else options.Projections.Add(projection, ProjectionLifecycle.Inline);
    }

    /// <summary>
    /// How many task snapshots a rebuild holds in memory before writing them: each is written once per window, not once
    /// per page of events (a task with a thousand reports was rewritten on every page that held one of them).
    /// </summary>
    public const int RebuildSnapshotWindow = 5_000;

    /// <summary>
    /// How many events a rebuild of an inline view reads and writes at a time (JasperFx's default is 500): each page is
    /// a round trip for the events and a transaction for the documents. Inline views run in the daemon only when rebuilt.
    /// </summary>
    public const int RebuildPage = 5_000;

    private static void RebuiltByPages(AsyncOptions rebuild)
    {
        rebuild.BatchSize = RebuildPage;
        rebuild.MaximumHopperSize = 4 * RebuildPage;
    }

    /// <param name="current">The async current-assessment projection, when the host keeps a reference to it (its fold cache).</param>
    /// <param name="tenanted">
    /// Every jurisdiction a tenant: the registry of jurisdictions, the people directory and the scoring rules stay global
    /// (their streams go to the default tenant, whatever the session's tenant).
    /// </param>
    public static void AddSupervisionProjections(this StoreOptions options, CurrentAssessmentProjection? current = null, bool tenanted = false)
    {
        // A rebuild reads each inline view's event types in sequence order: without this index on (type, seq_id) a view
        // of a few hundred events (plans, units, people ...) scanned every event of the store to find them.
        options.Events.EnableEventTypeIndex = true;
        // A rebuild's pages of report documents are inserts only (a page with a returned report falls back to
        // statements by itself): written with binary COPY rather than one INSERT each.
        options.Projections.RebuildWithBulkCopy = true;
        options.Projections.Add<SupervisedTaskProjection>(ProjectionLifecycle.Inline, rebuild =>
        {
            RebuiltByPages(rebuild);
            rebuild.RebuildFlushThreshold = RebuildSnapshotWindow;
        });
        options.Projections.Add<TaskReportProjection>(ProjectionLifecycle.Inline, rebuild =>
        {
            RebuiltByPages(rebuild);
            // It inserts its documents itself, so Marten does not know to clear them before a rebuild.
            rebuild.DeleteViewTypeOnTeardown<ReportRecord>();
        });
        options.Projections.Add<SupervisedPlanProjection>(ProjectionLifecycle.Inline, RebuiltByPages);
        options.Projections.Add<RegisteredUnitProjection>(ProjectionLifecycle.Inline, RebuiltByPages);
        options.Projections.Add<FindingProjection>(ProjectionLifecycle.Inline, RebuiltByPages);
        options.Projections.Add<InspectionOrderProjection>(ProjectionLifecycle.Inline, RebuiltByPages);
        options.Projections.Add<EvidenceFileProjection>(ProjectionLifecycle.Inline, RebuiltByPages);
        AddGlobal<RuleBook>(options, new RuleBookProjection(), tenanted);
        options.Projections.Add<PublishedAssessmentProjection>(ProjectionLifecycle.Inline, RebuiltByPages);
        AddGlobal<Person>(options, new PersonProjection(), tenanted);
        AddGlobal<RegisteredJurisdiction>(options, new RegisteredJurisdictionProjection(), tenanted);
        options.Projections.Add(current ?? new CurrentAssessmentProjection(), ProjectionLifecycle.Async, CurrentAssessmentProjection.Name,
            async =>
            {
                async.DeleteViewTypeOnTeardown<CurrentAssessment>();
                async.DeleteViewTypeOnTeardown<CurrentUnitScore>();
                async.DeleteViewTypeOnTeardown<CurrentUnitSummary>();
                async.DeleteViewTypeOnTeardown<ProjectionFailure>();
                // Each batch recomputes the jurisdictions it touched, so larger batches mean fewer recomputations (rebuilds, bursts).
                async.BatchSize = 5_000;
                async.MaximumHopperSize = 20_000;
            });
        // Events no inline projection names, registered so any process (a rebuild, the daemon) can read them.
        options.Events.AddEventType<BonusAwarded>();
        options.Events.AddEventType<AssessmentDayBegan>();

        options.Schema.For<SupervisedTask>().Duplicate(t => t.Jurisdiction).Duplicate(t => t.PlanId!);
        options.Schema.For<ReportRecord>().Identity(r => r.ReportId).Duplicate(r => r.TaskId);
        options.Schema.For<SupervisedPlan>().Duplicate(p => p.Jurisdiction).UniqueIndex(p => p.PlanId);
        options.Schema.For<Finding>().Duplicate(f => f.Jurisdiction).Duplicate(f => f.TaskId).Duplicate(f => f.Unit);
        // Renamed from InspectionCommand: its table and its first event keep the names they were stored under.
        options.Schema.For<InspectionOrder>().DocumentAlias("inspectioncommand").Duplicate(i => i.Jurisdiction).Duplicate(i => i.Answered);
        options.Events.MapEventType<InspectionOrderIssued>("inspection_command_issued");
        options.Schema.For<PublishedAssessment>().Duplicate(a => a.Jurisdiction);
        options.Schema.For<CurrentAssessment>().Duplicate(a => a.Jurisdiction);
        options.Schema.For<CurrentUnitScore>().Duplicate(a => a.Jurisdiction);
        options.Schema.For<CurrentUnitSummary>().Duplicate(a => a.Jurisdiction);
        options.Schema.For<EvidenceFile>().Duplicate(f => f.Jurisdiction);
        options.Schema.For<ProjectionFailure>().Duplicate(f => f.Jurisdiction);
        options.Schema.For<RegisteredUnit>().Duplicate(u => u.Jurisdiction).UniqueIndex(u => u.UnitId);
        options.Schema.For<Person>().Duplicate(p => p.Jurisdiction).Duplicate(p => p.Unit!).UniqueIndex(p => p.PersonId).UniqueIndex(p => p.Subject!);
        options.Schema.For<RegisteredJurisdiction>().DocumentAlias(RegisteredJurisdictionProjection.Alias).UniqueIndex(j => j.Jurisdiction);
    }
}
