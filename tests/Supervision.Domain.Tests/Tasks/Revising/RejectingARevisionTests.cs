using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Revising;

public class when_the_office_rejects_a_revision_with_a_reason
{
    [Fact]
    public void the_pending_revision_is_removed_and_the_target_is_unchanged()
    {
        var revisionId = Guid.NewGuid();
        var scenario = Assigned().RevisionRequested(revisionId, "leakage", 9.5m, null);
        scenario.Task.PendingRevisions.ShouldHaveSingleItem().RevisionId.ShouldBe(revisionId);

        var reject = new RejectTargetRevision(scenario.TaskId, revisionId, "目标为省定指标，不得下调");

        var rejected = scenario.When(reject, Office).ShouldAccept<TargetRevisionRejected>();
        scenario.Fold(rejected);

        rejected.ShouldBe(new TargetRevisionRejected(scenario.TaskId, Jurisdiction, revisionId, "目标为省定指标，不得下调", Office.UserId, Now));
        scenario.Task.PendingRevisions.ShouldBeEmpty();
        var target = scenario.Task.Targets.Single(t => t.Id == "leakage");
        (target.Value, target.OriginalValue).ShouldBe((8.5m, null));
    }
}

public class when_the_office_rejects_a_revision_without_a_reason
{
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void is_invalid_on_reason(string? reason)
    {
        var revisionId = Guid.NewGuid();
        var scenario = Assigned().RevisionRequested(revisionId, "leakage", 9.5m, null);

        scenario.When(new RejectTargetRevision(scenario.TaskId, revisionId, reason), Office)
            .ShouldBeRefused(RefusalKind.Invalid, "reason");
    }
}

public class when_the_office_decides_on_a_revision_that_is_not_pending
{
    [Fact]
    public void an_unknown_revision_id_is_not_found()
    {
        var scenario = Assigned().RevisionRequested(Guid.NewGuid(), "leakage", 9.5m, null);

        scenario.When(new ApproveTargetRevision(scenario.TaskId, Guid.NewGuid()), Office)
            .ShouldBeRefused(RefusalKind.NotFound);
    }

    [Fact]
    public void an_already_approved_revision_is_not_found()
    {
        var revisionId = Guid.NewGuid();
        var scenario = Assigned().RevisionRequested(revisionId, "leakage", 9.5m, null).RevisionApproved(revisionId);

        scenario.When(new ApproveTargetRevision(scenario.TaskId, revisionId), Office)
            .ShouldBeRefused(RefusalKind.NotFound);
    }
}

public class when_someone_other_than_the_office_decides_on_a_revision
{
    public static TheoryData<string> NotTheOffice => ["lead department", "leader"];

    [Theory]
    [MemberData(nameof(NotTheOffice))]
    public void is_forbidden(string who)
    {
        Actor actor = who == "leader" ? Leader : Department(LeadUnit);
        var revisionId = Guid.NewGuid();
        var scenario = Assigned().RevisionRequested(revisionId, "leakage", 9.5m, null);

        scenario.When(new ApproveTargetRevision(scenario.TaskId, revisionId), actor)
            .ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_the_office_decides_on_a_revision_of_a_closed_task
{
    [Fact]
    public void it_conflicts()
    {
        var revisionId = Guid.NewGuid();
        var scenario = Assigned().RevisionRequested(revisionId, "leakage", 9.5m, null).Closed();

        scenario.When(new ApproveTargetRevision(scenario.TaskId, revisionId), Office)
            .ShouldBeRefused(RefusalKind.Conflict);
    }
}
