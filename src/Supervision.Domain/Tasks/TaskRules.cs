using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks;

/// <summary>The checks every task command shares. Each returns null when the actor may go on.</summary>
public static class TaskRules
{
    /// <summary>Another jurisdiction's task is reported as missing, so its existence is not revealed.</summary>
    public static Refusal? Visible(SupervisedTask? task, Actor actor) =>
        task is null || task.Jurisdiction != actor.Jurisdiction
            ? Refusal.NotFound("No such task in your jurisdiction.")
            : null;

    public static Refusal? Office(Actor actor, string doing) =>
        actor.Is(Role.Office) ? null : Refusal.Forbidden($"Only the supervision office may {doing}.");

    public static Refusal? LeadUnit(SupervisedTask task, Actor actor, string doing) =>
        actor.ActsFor(task.LeadUnits) ? null : Refusal.Forbidden($"Only a lead unit of this task may {doing}.");

    public static Refusal? AnyUnit(SupervisedTask task, Actor actor, string doing) =>
        actor.ActsFor(task.AllUnits) ? null : Refusal.Forbidden($"Only a lead or participating unit of this task may {doing}.");

    public static Refusal? Open(SupervisedTask task) =>
        task.IsOpen ? null : Refusal.Conflict($"The task is {task.Status.ToString().ToLowerInvariant()}; it takes no more changes.");

    /// <summary>The first refusal among the checks, evaluated in order.</summary>
    public static Refusal? First(params Func<Refusal?>[] checks)
    {
        foreach (var check in checks)
        {
            if (check() is { } refusal) return refusal;
        }
        return null;
    }
}
