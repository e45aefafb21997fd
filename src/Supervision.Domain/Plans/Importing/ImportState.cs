using Supervision.Domain.Tasks;
using Supervision.Domain.Units;

namespace Supervision.Domain.Plans.Importing;

/// <summary>What the store holds for a plan before an import: the plan, its tasks (withdrawn ones too) and the jurisdiction's units.</summary>
public sealed record ImportState(SupervisedPlan? Plan, IReadOnlyList<SupervisedTask> Tasks, IReadOnlyList<RegisteredUnit> Units)
{
    public static readonly ImportState Empty = new(null, [], []);
}

/// <summary>Events for one stream: started when ExpectedVersion is null, else appended at that version.</summary>
public sealed record StreamChange(Guid StreamId, long? ExpectedVersion, IReadOnlyList<object> Events);

/// <summary>What an import appended (or, previewed, would append), and the business date its new tasks are assigned at.</summary>
public sealed record ImportSummary(
    string PlanId,
    bool PlanRegistered,
    bool PlanRevised,
    int UnitsRegistered,
    int UnitsRevised,
    int TasksAssigned,
    int TasksChanged,
    int TasksWithdrawn,
    int TasksUnchanged,
    int EventsAppended,
    DateOnly AssignedOn,
    AssignmentBasis AssignedOnBasis)
{
    /// <summary>For a table: which table of the document was read, its header row and the role each column was read as.</summary>
    public Tables.TableMatch? Table { get; init; }
}
