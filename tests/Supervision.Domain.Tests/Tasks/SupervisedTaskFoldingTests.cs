using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks;

/// <summary>The task as folded from hand-written events, independent of the decisions that produce them.</summary>
public class when_a_supervised_task_is_folded_from_its_events
{
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly DateTimeOffset Later = Now.AddDays(30);

    private static SupervisedTask Fold(params object[] events) => SupervisedTask.Folding.Replay(events)!;

    private static TaskAssigned Assigned(params TargetSpec[] targets) => new(
        Id, Jurisdiction, "降低公共供水管网漏损率", "实施供水管网改造", ["六大工程"],
        [LeadUnit, SecondLeadUnit], [ParticipatingUnit],
        Deadline, targets.Length == 0 ? [LeakageRate, BenchmarkHotels] : targets, Office.UserId, Now, "zhuji-2021", "2.3");

    private static TaskAccepted Accepted(string unit) => new(Id, Jurisdiction, unit, Department(unit).UserId, Now);

    private static ProgressReported Reported(string period, int progress, params Reading[] readings) =>
        new(Id, Jurisdiction, Guid.NewGuid(), period, progress, readings, null, LeadUnit, Department(LeadUnit).UserId, Now);

    [Fact]
    public void an_assigned_task_carries_everything_from_the_assignment()
    {
        var task = Fold(Assigned());

        (task.Id, task.Jurisdiction, task.PlanId, task.Number, task.Status)
            .ShouldBe((Id, Jurisdiction, "zhuji-2021", "2.3", SupervisedTaskStatus.Assigned));
        task.LeadUnits.ShouldBe([LeadUnit, SecondLeadUnit]);
        task.AllUnits.ShouldBe([LeadUnit, SecondLeadUnit, ParticipatingUnit]);
        (task.Deadline, task.OriginalDeadline, task.AssignedAt).ShouldBe((Deadline, Deadline, Now));
        task.Targets.Select(t => t.Spec).ShouldBe([LeakageRate, BenchmarkHotels]);
        task.Targets.ShouldAllBe(t => t.Met == null && t.OriginalValue == null);
        task.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void the_first_signature_puts_the_task_in_progress_and_each_unit_is_listed_once()
    {
        Fold(Assigned(), Accepted(LeadUnit)).Status.ShouldBe(SupervisedTaskStatus.InProgress);

        Fold(Assigned(), Accepted(LeadUnit), Accepted(SecondLeadUnit), Accepted(LeadUnit))
            .AcceptedBy.ShouldBe([LeadUnit, SecondLeadUnit]);
    }

    [Fact]
    public void the_status_runs_from_assigned_through_a_returned_request_to_closed()
    {
        var task = Fold(Assigned());
        var statuses = new List<SupervisedTaskStatus> { task.Status };
        object[] history =
        [
            Accepted(LeadUnit),
            new CompletionRequested(Id, Jurisdiction, null, LeadUnit, Department(LeadUnit).UserId, Now),
            new CompletionReturned(Id, Jurisdiction, "缺少监测报告", Office.UserId, Now),
            new CompletionRequested(Id, Jurisdiction, "已补充", LeadUnit, Department(LeadUnit).UserId, Later),
            new TaskClosed(Id, Jurisdiction, Office.UserId, Later),
        ];
        foreach (var e in history)
        {
            task = SupervisedTask.Folding.Evolve(task, e)!;
            statuses.Add(task.Status);
        }

        statuses.ShouldBe([
            SupervisedTaskStatus.Assigned, SupervisedTaskStatus.InProgress, SupervisedTaskStatus.CompletionRequested,
            SupervisedTaskStatus.InProgress, SupervisedTaskStatus.CompletionRequested, SupervisedTaskStatus.Closed,
        ]);
        (task.LastReturnReason, task.ClosedAt, task.IsOpen).ShouldBe(("缺少监测报告", Later, false));
    }

    [Fact]
    public void a_later_signature_does_not_reopen_a_requested_completion() =>
        Fold(Assigned(), Accepted(LeadUnit), new CompletionRequested(Id, Jurisdiction, null, LeadUnit, "u", Now), Accepted(SecondLeadUnit))
            .Status.ShouldBe(SupervisedTaskStatus.CompletionRequested);

    [Fact]
    public void the_latest_report_sets_progress_and_the_latest_reading_of_each_target()
    {
        var task = Fold(
            Assigned(),
            Reported("2022-Q1", 20, new Reading("leakage", 10.2m), new Reading("hotels", 1m)),
            Reported("2022-Q2", 45, new Reading("leakage", 9.1m)),
            Reported("2022-06", 50, new Reading("no-such-target", 1m)));

        task.ProgressPercent.ShouldBe(50);
        var leakage = task.Targets.Single(t => t.Id == "leakage");
        var hotels = task.Targets.Single(t => t.Id == "hotels");
        (leakage.LatestReading, leakage.LatestReadingPeriod).ShouldBe((9.1m, "2022-Q2"));
        (hotels.LatestReading, hotels.LatestReadingPeriod).ShouldBe((1m, "2022-Q1"));
    }

    [Theory]
    [InlineData(Comparator.AtLeast, 90, 90, true)]
    [InlineData(Comparator.AtLeast, 90, 91.5, true)]
    [InlineData(Comparator.AtLeast, 90, 89.9, false)]
    [InlineData(Comparator.AtMost, 8.5, 8.5, true)]
    [InlineData(Comparator.AtMost, 8.5, 7, true)]
    [InlineData(Comparator.AtMost, 8.5, 8.6, false)]
    [InlineData(Comparator.Equal, 4, 4, true)]
    [InlineData(Comparator.Equal, 4, 3, false)]
    [InlineData(Comparator.Equal, 4, 5, false)]
    public void a_target_is_met_by_its_latest_reading_according_to_its_comparator(Comparator comparator, double value, double reading, bool met)
    {
        var target = new TargetSpec("t", "指标", comparator, (decimal)value, "%", 2022);

        var task = Fold(Assigned(target), Reported("2022-06", 50, new Reading("t", (decimal)reading)));

        task.Targets.Single().Met.ShouldBe(met);
    }

    [Fact]
    public void a_target_is_judged_against_its_revised_value()
    {
        var revised = new TargetRevised(Id, Jurisdiction, Guid.NewGuid(), "leakage", 8.5m, 9.5m, null, null, Office.UserId, Now);

        var task = Fold(Assigned(), Reported("2022-06", 50, new Reading("leakage", 9.2m)), revised);

        var leakage = task.Targets.Single(t => t.Id == "leakage");
        (leakage.Value, leakage.OriginalValue, leakage.Met).ShouldBe((9.5m, 8.5m, true));
    }

    [Fact]
    public void a_deadline_revision_keeps_the_original_deadline()
    {
        var later = new DateOnly(2023, 6, 30);
        var revisionId = Guid.NewGuid();

        var task = Fold(
            Assigned(),
            new TargetRevisionRequested(Id, Jurisdiction, revisionId, null, null, later, "汛期停工", LeadUnit, "u", Now),
            new TargetRevised(Id, Jurisdiction, revisionId, null, null, null, Deadline, later, Office.UserId, Later));

        (task.Deadline, task.OriginalDeadline).ShouldBe((later, Deadline));
        task.PendingRevisions.ShouldBeEmpty();
    }

    [Fact]
    public void only_the_decided_revision_leaves_the_pending_list()
    {
        var kept = new TargetRevisionRequested(Id, Jurisdiction, Guid.NewGuid(), "hotels", 3m, null, "酒店数量不足", LeadUnit, "u", Now);
        var rejected = new TargetRevisionRequested(Id, Jurisdiction, Guid.NewGuid(), "leakage", 9.5m, null, "管网老化", LeadUnit, "u", Now);

        var task = Fold(Assigned(), kept, rejected, new TargetRevisionRejected(Id, Jurisdiction, rejected.RevisionId, "省定指标", Office.UserId, Later));

        task.PendingRevisions.ShouldHaveSingleItem()
            .ShouldBe(new PendingRevision(kept.RevisionId, "hotels", 3m, null, "酒店数量不足", LeadUnit, Now));
        task.Targets.Single(t => t.Id == "leakage").Value.ShouldBe(8.5m);
    }
}
