using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_plan_carries_a_note_a_draft_status_and_its_own_cadence
{
    private static readonly PlanNote CountyNote = new("注：以上各项重点任务均需各镇街参照落实。", [Water]);

    private static readonly PlanDocument Draft = Plan with
    {
        Status = PlanStatus.ConsultationDraft,
        Reporting = new ReportingSchedule(Cadence.Annual, 10),
        ReportingSource = ReportingSource.Plan,
        ReportingText = "每年定期将任务进展和工作总结报区联席会议办公室",
        Notes = [CountyNote],
    };

    [Fact]
    public void the_plan_keeps_them_and_no_task_gains_a_unit_from_the_note()
    {
        var scenario = ImportScenario.Imported(Draft);

        (scenario.Plan.Status, scenario.Plan.ReportingSource, scenario.Plan.Reporting.Cadence)
            .ShouldBe((PlanStatus.ConsultationDraft, ReportingSource.Plan, Cadence.Annual));
        scenario.Plan.ReportingText.ShouldBe(Draft.ReportingText);
        scenario.Plan.Notes.ShouldHaveSingleItem().ShouldBe(CountyNote);
        scenario.Task("3").ParticipatingUnits.ShouldBeEmpty();
    }

    [Fact]
    public void importing_it_again_appends_nothing() => ImportScenario.Imported(Draft).Reimport(Draft).Changes.ShouldBeEmpty();

    [Fact]
    public void publishing_the_draft_revises_the_plan_details_only()
    {
        var (_, revised) = ImportScenario.Imported(Draft).Reimport(Draft with { Status = PlanStatus.Published }).ShouldChangeOnly<PlanDetailsRevised>();

        revised.Status.ShouldBe(PlanStatus.Published);
        revised.Notes.ShouldNotBeNull().ShouldHaveSingleItem().ShouldBe(CountyNote);
    }

    [Fact]
    public void a_changed_note_revises_the_plan_details()
    {
        var (_, revised) = ImportScenario.Imported(Draft).Reimport(Draft with { Notes = [CountyNote with { Text = "注：各镇街参照执行。" }] })
            .ShouldChangeOnly<PlanDetailsRevised>();

        revised.Notes.ShouldNotBeNull().Single().Text.ShouldBe("注：各镇街参照执行。");
    }

    [Fact]
    public void a_plan_registered_before_these_fields_existed_reads_as_published_with_the_office_default_and_no_notes()
    {
        var older = new PlanRegistered(StableId.Plan(PlanId), PlanId, Jurisdiction, "诸暨市县域节水行动方案", null, null, null, null,
            DefaultDeadline, ReportingSchedule.Default, [], "older-release", Now, Notes: null);
        var plan = SupervisedPlan.Folding.Replay([older]).ShouldNotBeNull();

        (plan.Status, plan.ReportingSource, plan.Notes.Count).ShouldBe((PlanStatus.Published, ReportingSource.OfficeDefault, 0));
    }
}
