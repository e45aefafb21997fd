using System.Collections;
using System.Text.Json;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks;

/// <summary>A command's handler folds its events onto a copy of the stored task; the original must not move.</summary>
public class when_a_task_is_copied_and_the_copy_folded_further
{
    private readonly TaskScenario scenario = Assigned().SignedFor().Reported(LeadUnit, 40, new Reading("leakage", 8.9m));

    [Fact]
    public void the_original_is_unchanged_by_whatever_the_copy_takes_in()
    {
        var before = JsonSerializer.Serialize(scenario.Task);
        var copy = scenario.Task.Copy();

        foreach (var e in Later(scenario.Task)) SupervisedTask.Folding.Evolve(copy, e);

        JsonSerializer.Serialize(scenario.Task).ShouldBe(before);
        JsonSerializer.Serialize(copy).ShouldNotBe(before);
        (copy.ProgressPercent, copy.Light, copy.ReportedPeriods.Count).ShouldBe((70, WarningLight.Yellow, 2));
    }

    [Fact]
    public void no_collection_or_target_is_shared_with_the_original()
    {
        var copy = scenario.Task.Copy();

        var shared = typeof(SupervisedTask).GetProperties()
            .Where(p => p.CanWrite && p.PropertyType != typeof(string) && !p.PropertyType.IsValueType)
            .Where(p => p.GetValue(scenario.Task) is IEnumerable && ReferenceEquals(p.GetValue(scenario.Task), p.GetValue(copy)))
            .Select(p => p.Name);
        shared.ShouldBeEmpty();
        copy.Targets.Zip(scenario.Task.Targets).ShouldAllBe(pair => !ReferenceEquals(pair.First, pair.Second));
    }

    private static IEnumerable<object> Later(SupervisedTask task)
    {
        var at = Now.AddDays(20);
        yield return new ProgressReported(task.Id, Jurisdiction, Guid.NewGuid(), "2022-07", 70, [new Reading("leakage", 8.4m)], null, LeadUnit,
            Department(LeadUnit).UserId, at);
        yield return new TaskAccepted(task.Id, Jurisdiction, SecondLeadUnit, Department(SecondLeadUnit).UserId, at);
        yield return new TaskUnitsReassigned(task.Id, Jurisdiction, [LeadUnit, SecondLeadUnit], [ParticipatingUnit, UninvolvedUnit], task.LeadUnits,
            task.ParticipatingUnits, Office.UserId, at);
        yield return new ReportReturned(task.Id, Jurisdiction, task.ReportedPeriods[0].First!.ReportId, "数据不全", Office.UserId, at, "2022-06");
        yield return new WarningRaised(task.Id, Jurisdiction, WarningLight.Yellow, [new("behindPace", WarningLight.Yellow, "进度落后")], task.Light, at);
    }
}
