using Supervision.Domain.Assessment;
using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks.Assigning;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Tests.Findings;
using Supervision.Domain.Tests.Inspections;
using Supervision.Domain.Tests.Plans.Importing;
using Supervision.Domain.Tests.Tasks;
using static Supervision.Domain.Tests.Tasks.TaskScenario;
using Plan = Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Decisions;

/// <summary>
/// A caller that skips the API can cast any number to an enum ((FindingSeverity)3 is "general, serious" as flags). Every
/// decision refuses a value its enums do not define, naming the field, so no such value is ever stored.
/// </summary>
public class when_a_command_carries_a_value_its_enum_does_not_define
{
    private const int Undefined = 7;

    [Fact]
    public void an_assignment_is_invalid_on_the_target_comparator_or_kind()
    {
        Assignment(targets: [LeakageRate, BenchmarkHotels with { Comparator = (Comparator)Undefined }]).Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "targets[1].comparator");
        Assignment(targets: [LeakageRate with { Kind = (TargetKind)Undefined }]).Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "targets[0].kind");
    }

    [Fact]
    public void a_finding_is_invalid_on_severity()
    {
        var scenario = Assigned();
        (FindingStory.Record(scenario.TaskId) with { Severity = (FindingSeverity)3 }).Decide(scenario.Task, [], Office, Now)
            .ShouldBeRefused(RefusalKind.Invalid, "severity");
    }

    [Fact]
    public void an_inspection_command_is_invalid_on_severity()
    {
        var story = new InspectionStory();
        (story.Issue() with { Severity = (InspectionSeverity)Undefined }).Decide(story.Tasks, Office, Now)
            .ShouldBeRefused(RefusalKind.Invalid, "severity");
    }

    [Fact]
    public void a_dimension_is_invalid_on_dimension()
    {
        var scenario = Assigned();
        scenario.When(new ReassignDimension(scenario.TaskId, (Dimension)Undefined), Office).ShouldBeRefused(RefusalKind.Invalid, "dimension");
    }

    [Fact]
    public void a_reporting_schedule_is_invalid_on_cadence()
    {
        var scenario = Assigned();
        scenario.When(new SetReportingSchedule(scenario.TaskId, new ReportingSchedule((Cadence)Undefined, 10)), Office)
            .ShouldBeRefused(RefusalKind.Invalid, "cadence");
    }

    public static TheoryData<string, string> PlanFaults => new()
    {
        { "cadence", "reporting.cadence" },
        { "indicator comparator", "indicators[0].comparator" },
        { "indicator kind", "indicators[0].kind" },
        { "unit kind", "units[2].kind" },
        { "task target comparator", "tasks[1].targets[1].comparator" },
        { "task target kind", "tasks[2].targets[0].kind" },
    };

    [Theory]
    [MemberData(nameof(PlanFaults))]
    public void a_plan_document_is_invalid_where_the_value_is(string fault, string field)
    {
        var plan = fault switch
        {
            "cadence" => Plan.Plan with { Reporting = new ReportingSchedule((Cadence)Undefined, 10) },
            "indicator comparator" => Plan.Plan with { Indicators = [Plan.Plan.Indicators[0] with { Comparator = (Comparator)Undefined }] },
            "indicator kind" => Plan.Plan with { Indicators = [Plan.Plan.Indicators[0] with { Kind = (TargetKind)Undefined }] },
            "unit kind" => Plan.Plan.WithUnit(Plan.Construction, u => u with { Kind = (UnitKind)Undefined }),
            "task target comparator" => Plan.Plan.WithTask("2", r => r with { Targets = [r.Targets[0], r.Targets[1] with { Comparator = (Comparator)Undefined }] }),
            _ => Plan.Plan.WithTask("3", r => r with { Targets = [r.Targets[0] with { Kind = (TargetKind)Undefined }] }),
        };

        new ImportPlan(plan).Decide(ImportState.Empty, Plan.Office, Plan.Now).ShouldBeRefused(RefusalKind.Invalid, field);
    }
}
