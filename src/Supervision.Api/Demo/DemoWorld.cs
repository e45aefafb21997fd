using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Recording;
using Supervision.Domain.Findings.Rectifying;
using Supervision.Domain.Findings.Verifying;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Issuing;
using Supervision.Domain.Inspections.Responding;
using Supervision.Domain.Inspections.Signing;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Accepting;
using Supervision.Domain.Tasks.Chasing;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tasks.Extending;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Demo;

/// <summary>One event the simulation decided, with who did it and when (its recorded moment); Starts names the aggregate of a stream it starts.</summary>
public sealed record DemoEvent(Guid StreamId, object Data, Actor Actor, DateTimeOffset At, Type? Starts = null);

/// <summary>
/// A year-by-year life of the imported tasks, decided week by week through the domain's own commands (so every event is
/// one the API would have accepted): departments sign for tasks and report on time, late, not at all, or get a report
/// returned, and the office chases a missing one by hand; the sweep's reminders and lights fall due; the office records
/// findings that are rectified (or left open); at the start of each quarter it issues a 督办单 on a jurisdiction's
/// lagging tasks, which the units sign and answer (on time, late, or not at all, and then it escalates); some targets
/// are revised, some deadlines extended, most tasks closed. Deterministic for a seed: every choice comes from a random
/// stream seeded from the seed and the task (or inspection command), and tasks are visited in id order.
/// </summary>
public sealed class DemoWorld(int seed)
{
    private readonly Dictionary<Guid, Random> dice = new();
    private readonly Dictionary<(Guid, string), DateTimeOffset?> plannedReports = new();
    private readonly Dictionary<Guid, Finding> findings = new();
    private readonly Dictionary<Guid, ReportRecord> reports = new();
    private readonly Dictionary<Guid, InspectionOrder> inspections = new();
    /// <summary>The findings and 督办单 naming each task, so a command's light reads only its own (a scan of all grows with the store).</summary>
    private readonly Dictionary<Guid, List<Guid>> findingsOf = new();
    private readonly Dictionary<Guid, List<Guid>> inspectionsOf = new();
    /// <summary>The units' answers to inspection commands: due whether or not the tasks named are still open.</summary>
    private readonly List<(DateTimeOffset At, Action<List<DemoEvent>> Act)> answers = [];
    private readonly List<(DateTimeOffset At, Guid Task, Action<SupervisedTask, List<DemoEvent>> Act)> scheduled = [];

    public int Refused { get; private set; }

    /// <summary>The events of one week starting at <paramref name="weekStart"/>, in time order.</summary>
    public List<DemoEvent> Week(IReadOnlyCollection<SupervisedTask> tasks, DateTimeOffset weekStart)
    {
        var weekEnd = weekStart.AddDays(7);
        var events = new List<DemoEvent>();
        foreach (var task in tasks.OrderBy(t => t.Id))
        {
            var dice = Dice(task.Id);
            if (!task.IsOpen) continue;
            if (task.AcceptedBy.Count == 0) Do(task, Lead(task), new AcceptTask(task.Id), weekStart.AddHours(2 + dice.Next(40)), events);
            PlanReports(task, weekEnd.AddDays(35), dice);
            PlanLifeEvents(task, weekStart, dice);
        }
        var byId = tasks.ToDictionary(t => t.Id);
        // Actions may schedule others within the same week (a returned report sent again): run until none is due.
        for (var due = Due(weekEnd); due.Count > 0; due = Due(weekEnd))
            foreach (var (_, taskId, act) in due)
                if (byId.TryGetValue(taskId, out var task) && task.IsOpen) act(task, events);
        foreach (var (_, act) in answers.Where(a => a.At < weekEnd).OrderBy(a => a.At).ToList()) act(events);
        answers.RemoveAll(a => a.At < weekEnd);
        if (QuarterBegins(weekStart))
            foreach (var jurisdiction in tasks.Where(t => t.IsOpen).GroupBy(t => t.Jurisdiction).OrderBy(g => g.Key, StringComparer.Ordinal))
                Inspect([.. jurisdiction], weekStart.AddDays(1).AddHours(1), events);
        var pending = inspections.Values.Where(i => !i.Answered).OrderBy(i => i.Id).ToList();
        var sweepAt = weekEnd.AddHours(-15);
        foreach (var task in tasks.Where(t => t.IsOpen).OrderBy(t => t.Id)) Sweep(task, sweepAt, events);
        foreach (var inspection in pending)
            if (InspectionRules.Escalation(inspection, sweepAt) is { } escalation) Answer(inspection.Id, escalation, Warnings.DeadlineSweep.System, sweepAt, events);
        return events;
    }

    private static bool QuarterBegins(DateTimeOffset weekStart)
    {
        var day = BusinessTime.Today(weekStart);
        return day.Month % 3 == 1 && day.Day <= 7;
    }

    /// <summary>督办单: up to three tasks of the jurisdiction showing a yellow or red light; each unit addressed signs and
    /// answers on time (80%), late (10%), or stays silent past the deadline (10%) until the sweep's escalation makes it
    /// answer about three weeks late.</summary>
    private void Inspect(List<SupervisedTask> open, DateTimeOffset at, List<DemoEvent> events)
    {
        var lagging = open.Where(t => t.Light is WarningLight.Red or WarningLight.Yellow).OrderBy(t => t.Id).Take(3).ToList();
        if (lagging.Count == 0) return;
        var office = Office(lagging[0]);
        var id = Domain.StableId.For("demo", $"{lagging[0].Jurisdiction}/inspection/{at:O}");
        var decision = new IssueInspection(id, lagging[0].Jurisdiction, [.. lagging.Select(t => t.Id)], "请说明进度滞后原因，提出整改措施并限期落实",
            lagging.Any(t => t.Light == WarningLight.Red) ? InspectionSeverity.Key : InspectionSeverity.General, BusinessTime.Today(at).AddDays(10))
            .Decide(lagging, office, at);
        if (!Accepted(decision)) return;
        var starts = true;
        foreach (var e in decision.Events)
        {
            Answer(id, e, office, at, events, starts ? typeof(InspectionOrder) : null);
            starts = false;
        }
        var dice = new Random(DiceSeed(seed, id));
        foreach (var unit in inspections[id].Units)
        {
            var roll = dice.Next(100);
            var signAt = at.AddDays(1 + dice.Next(2));
            var answerAt = roll switch { < 80 => at.AddDays(3 + dice.Next(6)), < 90 => at.AddDays(15 + dice.Next(5)), _ => at.AddDays(30 + dice.Next(7)) };
            var department = Department(lagging[0], unit);
            answers.Add((signAt, e => AnswerWith(new SignInspection(id), department, signAt, e)));
            answers.Add((answerAt, e => AnswerWith(new RespondToInspection(id, "已召开专题会议研究，整改措施已落实到人", []), department, answerAt, e)));
        }
    }

    private void AnswerWith(IInspectionOrderCommand command, Actor actor, DateTimeOffset at, List<DemoEvent> events)
    {
        var decision = command.Decide(inspections[command.InspectionId], actor, at);
        if (!Accepted(decision)) return;
        foreach (var e in decision.Events) Answer(command.InspectionId, e, actor, at, events);
    }

    private void Answer(Guid inspectionId, object e, Actor actor, DateTimeOffset at, List<DemoEvent> events, Type? starts = null)
    {
        inspections[inspectionId] = InspectionOrder.Folding.Evolve(inspections.GetValueOrDefault(inspectionId), e)!;
        if (e is InspectionOrderIssued issued)
            foreach (var task in issued.TaskIds) Index(inspectionsOf, task, inspectionId);
        events.Add(new DemoEvent(inspectionId, e, actor, at, starts));
    }

    private List<(DateTimeOffset At, Guid Task, Action<SupervisedTask, List<DemoEvent>> Act)> Due(DateTimeOffset before)
    {
        var due = scheduled.Where(s => s.At < before).OrderBy(s => s.At).ToList();
        scheduled.RemoveAll(s => s.At < before);
        return due;
    }

    /// <summary>For each report falling due: on time (70%), late (15%), missing (10%) or returned and sent again late (5%).</summary>
    private void PlanReports(SupervisedTask task, DateTimeOffset horizon, Random dice)
    {
        foreach (var due in ReportDues.For(task, task.Schedule, horizon).Where(d => d.Status is DueStatus.Pending or DueStatus.Missing))
        {
            if (plannedReports.ContainsKey((task.Id, due.Period))) continue;
            var roll = dice.Next(100);
            var dueAt = new DateTimeOffset(due.DueOn.ToDateTime(new TimeOnly(10, 0)), BusinessTime.Offset);
            DateTimeOffset? at = roll switch { < 70 => dueAt.AddDays(-dice.Next(6)), < 85 => dueAt.AddDays(1 + dice.Next(25)), < 95 => null, _ => dueAt.AddDays(-1) };
            if (at < task.AssignedAt) at = task.AssignedAt.AddHours(1);
            plannedReports[(task.Id, due.Period)] = at;
            var period = due.Period;
            if (at is null)
            {
                // 人工催办: a week after the due date the office chases the missing report by hand.
                var chaseAt = dueAt.AddDays(7);
                Schedule(chaseAt, task.Id, (t, events) => Do(t, Office(t),
                    new ChaseTask(t.Id, DeterministicId(t.Id, period, "chase"), $"{period} 进展情况逾期未报，请于三个工作日内报送", period), chaseAt, events));
            }
            if (at is not { } moment) continue;
            var returned = roll >= 95;
            Schedule(moment, task.Id, (t, events) =>
            {
                var reportId = DeterministicId(t.Id, period, "report");
                Do(t, Lead(t), new SubmitReport(t.Id, reportId, period, Progress(t, moment), Readings(t, dice), "按计划推进"), moment, events);
                if (!returned) return;
                Schedule(moment.AddDays(3), t.Id, (t2, e2) =>
                {
                    Do(t2, Office(t2), new ReturnReport(t2.Id, reportId, "数据口径不一致，请核实后重报"), moment.AddDays(3), e2);
                    var again = moment.AddDays(12);
                    Schedule(again, t2.Id, (t3, e3) => Do(t3, Lead(t3),
                        new SubmitReport(t3.Id, DeterministicId(t3.Id, period, "again"), period, Progress(t3, again), Readings(t3, dice), "已按要求更正"), again, e3));
                });
            });
        }
    }

    /// <summary>Once per task: a finding (15%), a target revision (5%), an extension (10%), and closure near the deadline (80%).</summary>
    private void PlanLifeEvents(SupervisedTask task, DateTimeOffset weekStart, Random dice)
    {
        if (plannedReports.ContainsKey((task.Id, "life"))) return;
        plannedReports[(task.Id, "life")] = weekStart;
        var deadline = new DateTimeOffset(task.Deadline.ToDateTime(new TimeOnly(15, 0)), BusinessTime.Offset);
        var span = Math.Max(30, (deadline - weekStart).TotalDays);
        if (dice.Next(100) < 15)
        {
            var at = weekStart.AddDays(dice.Next((int)span));
            var veto = dice.Next(100) < 10;
            var rectifyLate = dice.Next(100) < 25;
            Schedule(at, task.Id, (t, events) => RecordFinding(t, at, veto, rectifyLate, events));
        }
        if (task.Targets.Count > 0 && dice.Next(100) < 5)
        {
            var at = weekStart.AddDays(dice.Next((int)span));
            var target = task.Targets[0];
            var revisionId = DeterministicId(task.Id, "revision", "");
            Schedule(at, task.Id, (t, events) =>
            {
                Do(t, Lead(t), new RequestTargetRevision(t.Id, revisionId, target.Id, target.Value * 0.9m, null, "受来水条件影响，申请调整目标值"), at, events);
                Do(t, Office(t), new ApproveTargetRevision(t.Id, revisionId), at.AddDays(4), events);
            });
        }
        if (dice.Next(100) < 10)
        {
            var at = deadline.AddDays(-20);
            var extensionId = DeterministicId(task.Id, "extension", "");
            Schedule(at, task.Id, (t, events) =>
            {
                Do(t, Lead(t), new RequestExtension(t.Id, extensionId, t.Deadline.AddMonths(3), "项目审批延后"), at, events);
                Do(t, Office(t), new ApproveExtension(t.Id, extensionId), at.AddDays(3), events);
            });
        }
        if (dice.Next(100) < 80)
        {
            var at = deadline.AddDays(dice.Next(100) < 80 ? -dice.Next(1, 25) : dice.Next(5, 60));
            Schedule(at, task.Id, (t, events) =>
            {
                Do(t, Lead(t), new RequestCompletion(t.Id, "任务已完成，申请销号"), at, events);
                Do(t, Office(t), new ApproveCompletion(t.Id), at.AddDays(2), events);
            });
        }
    }

    private void RecordFinding(SupervisedTask task, DateTimeOffset at, bool veto, bool rectifyLate, List<DemoEvent> events)
    {
        var findingId = DeterministicId(task.Id, "finding", at.ToString("O"));
        var unit = task.LeadUnits[0];
        var deadline = BusinessTime.Today(at).AddDays(30);
        var decision = new RecordFinding(findingId, task.Id, unit, "督查发现进度滞后、台账不全", "进度滞后", veto ? FindingSeverity.Serious : FindingSeverity.General,
            deadline, veto).Decide(task, findings.Values.ToList(), Office(task), at);
        if (!Accepted(decision)) return;
        Apply(findingId, decision, Office(task), at, events, starts: true);
        if (veto) return;
        var rectifiedAt = at.AddDays(rectifyLate ? 40 : 20);
        Schedule(rectifiedAt, task.Id, (t, e) =>
        {
            var rectifier = Department(t, unit);
            var submitted = new SubmitRectification(findingId, DeterministicId(findingId, "rectification", ""), "已完成整改并建立长效机制", [])
                .Decide(findings[findingId], rectifier, rectifiedAt);
            if (!Accepted(submitted)) return;
            Apply(findingId, submitted, rectifier, rectifiedAt, e);
            var reviewed = new VerifyRectification(findingId).Decide(findings[findingId], Office(t), rectifiedAt.AddDays(2));
            if (Accepted(reviewed)) Apply(findingId, reviewed, Office(t), rectifiedAt.AddDays(2), e);
        });
    }

    /// <summary>What the deadline sweep would record that week: reminders and chases, and light changes.</summary>
    private void Sweep(SupervisedTask task, DateTimeOffset at, List<DemoEvent> events)
    {
        var reminders = AutomaticReminders.Due(task, task.Schedule, at);
        var light = WarningLights.After(task, FactsOf(task), at);
        foreach (var e in reminders.Cast<object>().Concat(light is null ? [] : [light]))
        {
            SupervisedTask.Folding.Evolve(task, e);
            events.Add(new DemoEvent(task.Id, e, Warnings.DeadlineSweep.System, at));
        }
    }

    private LightFacts FactsOf(SupervisedTask task) => new(
        [.. findingsOf.GetValueOrDefault(task.Id, []).Select(id => findings[id])],
        [.. inspectionsOf.GetValueOrDefault(task.Id, []).Select(id => inspections[id])]);

    private void Do(SupervisedTask task, Actor actor, ITaskCommand command, DateTimeOffset at, List<DemoEvent> events)
    {
        // The reports a return is decided on, as the API's handler reads them from the report documents.
        if (command is ReturnReport returning && reports.TryGetValue(returning.ReportId, out var returned))
            command = returning with { Received = reports.Values.Where(r => r.TaskId == task.Id && r.Period == returned.Period).ToList() };
        var decision = TaskDecisions.Decide(command, task, actor, at, FactsOf(task));
        if (!Accepted(decision)) return;
        foreach (var e in decision.Events)
        {
            SupervisedTask.Folding.Evolve(task, e);
            if (e is ProgressReported reported) reports[reported.ReportId] = ReportRecord.From(reported, reports.Count + 1);
            if (e is ReportReturned back) reports[back.ReportId] = reports[back.ReportId].Returned(back);
            events.Add(new DemoEvent(task.Id, e, actor, at));
        }
    }

    private void Apply(Guid findingId, Decision decision, Actor actor, DateTimeOffset at, List<DemoEvent> events, bool starts = false)
    {
        foreach (var e in decision.Events)
        {
            findings[findingId] = Finding.Folding.Evolve(findings.GetValueOrDefault(findingId), e)!;
            if (e is FindingRecorded recorded) Index(findingsOf, recorded.TaskId, findingId);
            events.Add(new DemoEvent(findingId, e, actor, at, starts ? typeof(Finding) : null));
            starts = false;
        }
    }

    private bool Accepted(Decision decision)
    {
        if (decision.IsRefused) Refused++;
        return !decision.IsRefused;
    }

    private void Schedule(DateTimeOffset at, Guid task, Action<SupervisedTask, List<DemoEvent>> act) => scheduled.Add((at, task, act));

    private static void Index(Dictionary<Guid, List<Guid>> index, Guid task, Guid item)
    {
        if (!index.TryGetValue(task, out var items)) index[task] = items = [];
        items.Add(item);
    }

    private Random Dice(Guid task) => dice.TryGetValue(task, out var d) ? d : dice[task] = new Random(DiceSeed(seed, task));

    /// <summary>The seed of a task's random stream: a pure function of the demo seed and the task (never .NET's per-process string or HashCode hashing).</summary>
    public static int DiceSeed(int seed, Guid task) => BitConverter.ToInt32(Domain.StableId.For("demo-dice", $"{seed}/{task}").ToByteArray(), 0);

    private static Guid DeterministicId(Guid task, string what, string detail) => Domain.StableId.For("demo", $"{task}/{what}/{detail}");

    private static int Progress(SupervisedTask task, DateTimeOffset at)
    {
        var total = Math.Max(1, task.Deadline.DayNumber - BusinessTime.Today(task.AssignedAt).DayNumber);
        return Math.Clamp(100 * (BusinessTime.Today(at).DayNumber - BusinessTime.Today(task.AssignedAt).DayNumber) / total, 0, 100);
    }

    /// <summary>A reading per target: met seven times in ten.</summary>
    private static IReadOnlyList<Reading> Readings(SupervisedTask task, Random dice) =>
        task.Targets.Select(t =>
        {
            var met = dice.Next(10) < 7;
            var value = t.Comparator switch
            {
                Comparator.AtMost => met ? t.Value * 0.95m : t.Value * 1.1m,
                _ => met ? t.Value * 1.05m : t.Value * 0.8m,
            };
            return new Reading(t.Id, Math.Round(value, 2));
        }).ToList();

    private static Actor Lead(SupervisedTask task) => Department(task, task.LeadUnits[0]);

    private static Actor Department(SupervisedTask task, string unit) => new($"{unit}-demo", unit, Role.Department, unit, task.Jurisdiction);

    private static Actor Office(SupervisedTask task) => new($"{task.Jurisdiction}-office-demo", "督考办", Role.Office, null, task.Jurisdiction);
}
