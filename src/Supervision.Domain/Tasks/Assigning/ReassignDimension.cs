using Supervision.Domain.Assessment;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Assigning;

/// <summary>The office puts a task under another 五水共治 dimension than the keyword classification gave it.</summary>
public sealed record ReassignDimension(Guid TaskId, Dimension Dimension) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "classify tasks") is { } notOffice) return notOffice;
        if (EnumNames.Undefined(Dimension, "dimension") is { } undefined) return undefined;
        return task!.Dimension == Dimension && task.DimensionOverride is not null
            ? Decision.Accept()
            : Decision.Accept(new TaskDimensionReassigned(task.Id, task.Jurisdiction, Dimension, actor.UserId, now));
    }
}
