using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tasks;

/// <summary>
/// A command on a task, decided together with what it brings about: the task's light as the command leaves it, in the
/// same decision, so the light never lags the command that moved it.
/// </summary>
public static class TaskDecisions
{
    /// <param name="facts">The deadlines from other streams; null when they could not be read, and the light is left to a later evaluation.</param>
    public static Decision Decide(ITaskCommand command, SupervisedTask? task, Actor actor, DateTimeOffset now, LightFacts? facts)
    {
        var decision = command.Decide(task, actor, now);
        if (decision.IsRefused || decision.Events.Count == 0 || task is null || facts is null) return decision;
        var after = decision.Events.Aggregate((SupervisedTask?)task.Copy(), SupervisedTask.Folding.Evolve)!;
        if (!after.IsOpen && after.Light == WarningLight.None) return decision;
        return WarningLights.After(after, facts, now) is { } light ? Decision.Accept([.. decision.Events, light]) : decision;
    }
}
