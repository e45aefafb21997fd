using Supervision.Domain.Calendar;

namespace Supervision.Domain.Plans.Importing;

/// <summary>How the business time of a plan's assignments was chosen.</summary>
public enum AssignmentBasis { IssuedOn, ImportDate }

/// <summary>
/// The business time a plan's tasks are assigned at: the plan's issue date (the start of that day in China Standard Time),
/// so that pace (序时进度) runs from when the plan took effect; a plan that prints no issue date, or one dated after the
/// import, is assigned when it is imported. The time the events are recorded is always the import's.
/// </summary>
public sealed record AssignmentDate(DateTimeOffset At, AssignmentBasis Basis)
{
    public DateOnly Day => BusinessTime.Today(At);

    public static AssignmentDate For(PlanDocument plan, DateTimeOffset importedAt)
    {
        if (plan.IssuedOn is not { } issued) return new AssignmentDate(importedAt, AssignmentBasis.ImportDate);
        var start = new DateTimeOffset(issued.ToDateTime(TimeOnly.MinValue), BusinessTime.Offset);
        return start <= importedAt ? new AssignmentDate(start, AssignmentBasis.IssuedOn) : new AssignmentDate(importedAt, AssignmentBasis.ImportDate);
    }
}
