using Marten.Events.Aggregation;
using Supervision.Domain.Tasks;

namespace Supervision.Projections.Tasks;

/// <summary>
/// The inline snapshot of each task stream. The folding rules live in the pure domain aggregate; Marten's
/// source generator needs the conventional methods in a project that references Marten, so they delegate. The as-of
/// assessment folds with SupervisedTask.Evolve; a test checks the two agree on every seeded and scenario stream.
/// </summary>
public partial class SupervisedTaskProjection : SingleStreamProjection<SupervisedTask, Guid>
{
    public SupervisedTask Create(TaskAssigned e)
    {
        var task = new SupervisedTask();
        task.Apply(e);
        return task;
    }

    public void Apply(TaskAccepted e, SupervisedTask task) => task.Apply(e);

    public void Apply(ProgressReported e, SupervisedTask task) => task.Apply(e);

    public void Apply(TargetRevisionRequested e, SupervisedTask task) => task.Apply(e);

    public void Apply(TargetRevised e, SupervisedTask task) => task.Apply(e);

    public void Apply(TargetRevisionRejected e, SupervisedTask task) => task.Apply(e);

    public void Apply(CompletionRequested e, SupervisedTask task) => task.Apply(e);

    public void Apply(CompletionReturned e, SupervisedTask task) => task.Apply(e);

    public void Apply(TaskClosed e, SupervisedTask task) => task.Apply(e);

    public void Apply(TaskDetailsRevised e, SupervisedTask task) => task.Apply(e);

    public void Apply(TaskUnitsReassigned e, SupervisedTask task) => task.Apply(e);

    public void Apply(TargetAdded e, SupervisedTask task) => task.Apply(e);

    public void Apply(TargetRedefined e, SupervisedTask task) => task.Apply(e);

    public void Apply(TargetWithdrawn e, SupervisedTask task) => task.Apply(e);

    public void Apply(TaskWithdrawn e, SupervisedTask task) => task.Apply(e);

    public void Apply(TaskReinstated e, SupervisedTask task) => task.Apply(e);

    public void Apply(ReportReturned e, SupervisedTask task) => task.Apply(e);

    public void Apply(ReportingScheduleSet e, SupervisedTask task) => task.Apply(e);

    public void Apply(ReminderIssued e, SupervisedTask task) => task.Apply(e);

    public void Apply(ExtensionRequested e, SupervisedTask task) => task.Apply(e);

    public void Apply(ExtensionApproved e, SupervisedTask task) => task.Apply(e);

    public void Apply(ExtensionRejected e, SupervisedTask task) => task.Apply(e);

    public void Apply(WarningRaised e, SupervisedTask task) => task.Apply(e);

    public void Apply(WarningCleared e, SupervisedTask task) => task.Apply(e);

    public void Apply(TaskDimensionReassigned e, SupervisedTask task) => task.Apply(e);
}
