using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Revising;

public class when_the_office_approves_a_revision_of_a_target_value
{
    private readonly Guid revisionId = Guid.NewGuid();
    private readonly TaskScenario scenario;
    private readonly TargetRevised revised;

    public when_the_office_approves_a_revision_of_a_target_value()
    {
        scenario = Assigned().SignedFor().RevisionRequested(revisionId, "leakage", 9.5m, null);
        revised = scenario.When(new ApproveTargetRevision(scenario.TaskId, revisionId), Office)
            .ShouldAccept<TargetRevised>();
        scenario.Fold(revised);
    }

    [Fact]
    public void the_event_records_the_previous_and_new_value_and_who_approved() =>
        revised.ShouldBe(new TargetRevised(
            scenario.TaskId, Jurisdiction, revisionId, "leakage", 8.5m, 9.5m, null, null, Office.UserId, Now));

    [Fact]
    public void the_target_takes_the_new_value_and_keeps_the_original()
    {
        var target = scenario.Task.Targets.Single(t => t.Id == "leakage");

        (target.Value, target.OriginalValue).ShouldBe((9.5m, 8.5m));
    }

    [Fact]
    public void the_deadline_and_other_targets_are_unchanged()
    {
        scenario.Task.Deadline.ShouldBe(Deadline);
        var hotels = scenario.Task.Targets.Single(t => t.Id == "hotels");
        (hotels.Value, hotels.OriginalValue).ShouldBe((4m, null));
    }

    [Fact]
    public void the_revision_is_no_longer_pending() => scenario.Task.PendingRevisions.ShouldBeEmpty();
}

public class when_the_office_approves_a_second_revision_of_the_same_target
{
    [Fact]
    public void the_original_value_is_still_the_assigned_one()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var scenario = Assigned()
            .RevisionRequested(first, "leakage", 9.5m, null).RevisionApproved(first)
            .RevisionRequested(second, "leakage", 10m, null);

        var revised = scenario.When(new ApproveTargetRevision(scenario.TaskId, second), Office)
            .ShouldAccept<TargetRevised>();
        scenario.Fold(revised);

        (revised.PreviousValue, revised.NewValue).ShouldBe((9.5m, 10m));
        var target = scenario.Task.Targets.Single(t => t.Id == "leakage");
        (target.Value, target.OriginalValue).ShouldBe((10m, 8.5m));
    }
}

public class when_the_office_approves_a_later_deadline
{
    [Fact]
    public void the_deadline_moves_and_the_original_deadline_stays()
    {
        var revisionId = Guid.NewGuid();
        var later = new DateOnly(2023, 6, 30);
        var scenario = Assigned().RevisionRequested(revisionId, null, null, later);

        var revised = scenario.When(new ApproveTargetRevision(scenario.TaskId, revisionId), Office)
            .ShouldAccept<TargetRevised>();
        scenario.Fold(revised);

        (revised.PreviousDeadline, revised.NewDeadline, revised.PreviousValue, revised.NewValue).ShouldBe((Deadline, later, null, null));
        (scenario.Task.Deadline, scenario.Task.OriginalDeadline).ShouldBe((later, Deadline));
        scenario.Task.Targets.ShouldAllBe(t => t.OriginalValue == null);
    }
}

public class when_the_office_approves_a_new_value_and_deadline_together
{
    [Fact]
    public void both_change()
    {
        var revisionId = Guid.NewGuid();
        var later = new DateOnly(2023, 3, 31);
        var scenario = Assigned().RevisionRequested(revisionId, "hotels", 3m, later).RevisionApproved(revisionId);

        var hotels = scenario.Task.Targets.Single(t => t.Id == "hotels");
        (hotels.Value, hotels.OriginalValue, scenario.Task.Deadline, scenario.Task.OriginalDeadline).ShouldBe((3m, 4m, later, Deadline));
    }
}
