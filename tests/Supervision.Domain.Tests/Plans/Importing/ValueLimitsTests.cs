using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks.Targets;
using static Supervision.Domain.InputLimits;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

/// <summary>A plan file's values keep the JSON API's bounds (<see cref="InputLimits"/>); the first fault is named as the file names it.</summary>
public class when_a_plan_document_holds_a_value_beyond_the_limits
{
    private static string Long(int length) => new('长', length);

    public static TheoryData<string, string> Faults => new()
    {
        { "reports due 61 days after each period", "reporting.dueDay" },
        { "reports due before their period ends", "reporting.dueDay" },
        { "reports due two billion days late", "reporting.dueDay" },
        { "a default deadline in the 18th century", "defaultDeadline" },
        { "an issue date after 2100", "issuedOn" },
        { "a row deadline at the end of the calendar", "tasks[1].deadline" },
        { "a target year before 2000", "tasks[1].targets[0].year" },
        { "a baseline year before 1990", "tasks[1].targets[1].baselineYear" },
        { "a target value beyond a trillion", "tasks[2].targets[0].value" },
        { "an indicator year after 2100", "indicators[0].year" },
        { "an indicator text of 2001 characters", "indicators[0].text" },
        { "a title of 301 characters", "tasks[0].title" },
        { "no task title", "tasks[2].title" },
        { "content of 10001 characters", "tasks[1].content" },
        { "a category path seven levels deep", "tasks[0].category" },
        { "an empty category level", "tasks[0].category[1]" },
        { "a bell in a title", "tasks[0].title" },
        { "an escape sequence in content", "tasks[1].content" },
        { "a NUL in a unit name", "units[0].name" },
        { "a control character in an alias", "units[0].aliases[0]" },
        { "a unit name of 101 characters", "units[1].name" },
        { "21 aliases", "units[0].aliases" },
        { "a task number of 21 characters", "tasks[0].number" },
        { "51 lead units", "tasks[0].leadUnits" },
        { "101 participating units", "tasks[0].participatingUnits" },
        { "51 targets", "tasks[1].targets" },
        { "a metric of 201 characters", "tasks[1].targets[0].metric" },
        { "a measure of 21 characters", "tasks[1].targets[0].unit" },
        { "501 tasks", "tasks" },
        { "101 indicators", "indicators" },
        { "a plan title of 301 characters", "title" },
        { "an issuer of 201 characters", "issuer" },
        { "a control character in the document number", "documentNumber" },
        { "an issuer that is only a vertical tab", "issuer" },
    };

    private static readonly TargetSpec Reduction = new("", "万元工业增加值用水量", Comparator.AtLeast, 35m, "%", 2022, TargetKind.Reduction, 2015);

    private static PlanDocument Broken(string fault) => fault switch
    {
        "reports due 61 days after each period" => Plan with { Reporting = new ReportingSchedule(Cadence.Quarterly, 61) },
        "reports due before their period ends" => Plan with { Reporting = new ReportingSchedule(Cadence.Monthly, -1) },
        "reports due two billion days late" => Plan with { Reporting = new ReportingSchedule(Cadence.Annual, int.MaxValue) },
        "a default deadline in the 18th century" => Plan with { DefaultDeadline = new DateOnly(1750, 12, 31) },
        "an issue date after 2100" => Plan with { IssuedOn = new DateOnly(2101, 1, 1) },
        "a row deadline at the end of the calendar" => Plan.WithTask("2", r => r with { Deadline = DateOnly.MaxValue }),
        "a target year before 2000" => Plan.WithLeakage(t => t with { Year = 1999 }),
        "a baseline year before 1990" => Plan.WithTask("2", r => r with { Targets = [r.Targets[0], Reduction with { BaselineYear = 1989 }] }),
        "a target value beyond a trillion" => Plan.WithTask("3", r => r with { Targets = [Reuse with { Value = 1_000_000_000_001m }] }),
        "an indicator year after 2100" => Plan with { Indicators = [Plan.Indicators[0] with { Year = 2101 }] },
        "an indicator text of 2001 characters" => Plan with { Indicators = [Plan.Indicators[0] with { Text = Long(2001) }] },
        "a title of 301 characters" => Plan.WithTask("1", r => r with { Title = Long(301) }),
        "no task title" => Plan.WithTask("3", r => r with { Title = "" }),
        "content of 10001 characters" => Plan.WithTask("2", r => r with { Content = Long(10_001) }),
        "a category path seven levels deep" => Plan.WithTask("1", r => r with { Category = [.. Enumerable.Range(1, 7).Select(i => $"第{i}级")] }),
        "an empty category level" => Plan.WithTask("1", r => r with { Category = ["双控行动", " "] }),
        "a bell in a title" => Plan.WithTask("1", r => r with { Title = "实行总量\u0007强度控制" }),
        "an escape sequence in content" => Plan.WithTask("2", r => r with { Content = "\u001b[31m漏损率" }),
        "a NUL in a unit name" => Plan.WithUnit(Water, u => u with { Name = "市水利局\0" }),
        "a control character in an alias" => Plan.WithUnit(Water, u => u with { Aliases = ["水利\u0085局"] }),
        "a unit name of 101 characters" => Plan.WithUnit(DevelopmentReform, u => u with { Name = Long(101) }),
        "21 aliases" => Plan.WithUnit(Water, u => u with { Aliases = [.. Enumerable.Range(1, 21).Select(i => $"水利局{i}")] }),
        "a task number of 21 characters" => Plan.WithTask("1", r => r with { Number = new string('1', 21) }),
        "51 lead units" => Plan.WithTask("1", r => r with { LeadUnits = [.. Enumerable.Repeat(Water, 51)] }),
        "101 participating units" => Plan.WithTask("1", r => r with { ParticipatingUnits = [.. Enumerable.Repeat(Construction, 101)] }),
        "51 targets" => Plan.WithTask("2", r => r with { Targets = [.. Enumerable.Repeat(Leakage, 51)] }),
        "a metric of 201 characters" => Plan.WithLeakage(t => t with { Metric = Long(201) }),
        "a measure of 21 characters" => Plan.WithLeakage(t => t with { Unit = Long(21) }),
        "501 tasks" => Plan with { Tasks = [.. Enumerable.Range(1, 501).Select(i => Plan.Tasks[0] with { Id = $"{i}", Number = $"{i}" })] },
        "101 indicators" => Plan with { Indicators = [.. Enumerable.Repeat(Plan.Indicators[0], 101)] },
        "a plan title of 301 characters" => Plan with { Title = Long(301) },
        "an issuer of 201 characters" => Plan with { Issuer = Long(201) },
        "an issuer that is only a vertical tab" => Plan with { Issuer = "\u000b" },
        _ => Plan with { DocumentNumber = "常开委办\u0000〔2020〕67号" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void the_import_is_invalid_names_the_field_and_appends_nothing(string fault, string field) =>
        new ImportPlan(Broken(fault)).Decide(ImportState.Empty, Office, Now).ShouldBeRefused(RefusalKind.Invalid, field);

    [Theory]
    [MemberData(nameof(Faults))]
    public void a_re_import_with_the_fault_changes_nothing(string fault, string field) =>
        ImportScenario.Imported(Plan).Reimport(Broken(fault)).ShouldBeRefused(RefusalKind.Invalid, field);
}

public class when_a_plan_document_holds_values_at_the_limits
{
    private const string TabsAndLineBreaks = "第一段\t表格\r\n第二段";

    private static readonly PlanDocument AtTheLimits = Plan with
    {
        Title = new string('方', TitleLength),
        IssuedOn = new DateOnly(FirstYear, 1, 1),
        DefaultDeadline = new DateOnly(LastYear, 12, 31),
        Reporting = new ReportingSchedule(Cadence.Monthly, LastDueDay),
        Units = [.. Plan.Units.Select(u => u with { Aliases = [.. Enumerable.Range(1, AliasesPerUnit).Select(i => $"{u.Name}{i}")] })],
        Tasks =
        [
            .. Enumerable.Range(1, TasksPerPlan).Select(i => Plan.Tasks[1] with
            {
                Id = $"{i}",
                Number = $"{i}",
                Category = [.. Enumerable.Range(1, CategoryLevels).Select(level => new string('类', CategoryLength))],
                Content = TabsAndLineBreaks + new string('容', ContentLength - TabsAndLineBreaks.Length),
                Deadline = new DateOnly(FirstYear, 1, 1),
                Targets = [.. Enumerable.Repeat(Leakage with { Value = -LargestValue, Year = LastYear, BaselineYear = FirstBaselineYear }, TargetsPerTask)],
            }),
        ],
    };

    [Fact]
    public void the_plan_is_imported_whole()
    {
        var summary = new ImportPlan(AtTheLimits).Decide(ImportState.Empty, Office, Now).ShouldBeAccepted();

        summary.TasksAssigned.ShouldBe(TasksPerPlan);
    }

    [Fact]
    public void reports_due_on_the_day_a_period_ends_are_within_them() =>
        new ImportPlan(Plan with { Reporting = new ReportingSchedule(Cadence.Quarterly, FirstDueDay) })
            .Decide(ImportState.Empty, Office, Now).ShouldBeAccepted();
}
