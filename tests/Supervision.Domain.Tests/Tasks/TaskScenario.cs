using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Accepting;
using Supervision.Domain.Tasks.Assigning;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Tests.Tasks;

/// <summary>
/// A task assigned in 诸暨市, moved along by running the real commands, so a test reads
/// "given a task signed for and closed, when a unit reports, it conflicts".
/// </summary>
public sealed class TaskScenario
{
    public const string Jurisdiction = "诸暨市";
    public const string OtherJurisdiction = "义乌市";
    public const string LeadUnit = "市水利局";
    public const string SecondLeadUnit = "市住建局";
    public const string ParticipatingUnit = "市发改委";
    public const string UninvolvedUnit = "市教育局";

    public static readonly IReadOnlySet<string> KnownUnits =
        new HashSet<string> { LeadUnit, SecondLeadUnit, ParticipatingUnit, UninvolvedUnit };

    public static readonly DateTimeOffset Now = new(2022, 7, 5, 9, 30, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Deadline = new(2022, 12, 31);

    /// <summary>漏损率控制在8.5%以内.</summary>
    public static readonly TargetSpec LeakageRate = new("leakage", "公共供水管网漏损率", Comparator.AtMost, 8.5m, "%", 2022);

    /// <summary>打造4个节水标杆酒店.</summary>
    public static readonly TargetSpec BenchmarkHotels = new("hotels", "节水标杆酒店", Comparator.AtLeast, 4m, "个", 2022);

    public static Actor Office => new("office-1", "督考办", Role.Office, null, Jurisdiction);

    public static Actor Leader => new("leader-1", "分管副市长", Role.Leader, null, Jurisdiction);

    public static Actor OtherJurisdictionOffice => new("office-2", "义乌督考办", Role.Office, null, OtherJurisdiction);

    public static Actor Department(string unit) => new($"clerk@{unit}", $"{unit}联络员", Role.Department, unit, Jurisdiction);

    /// <summary>A unit with the same name in another jurisdiction: a different organisation.</summary>
    public static Actor OtherJurisdictionDepartment(string unit) =>
        new($"clerk@{OtherJurisdiction}{unit}", $"{unit}联络员", Role.Department, unit, OtherJurisdiction);

    public SupervisedTask Task { get; private set; } = new();

    /// <summary>The reports as the office files them (one document each, apart from the task), oldest first.</summary>
    public List<ReportRecord> Reports { get; } = [];

    public Guid TaskId => Task.Id;

    public static AssignTask Assignment(
        IReadOnlyList<string>? lead = null,
        IReadOnlyList<string>? participating = null,
        IReadOnlyList<TargetSpec>? targets = null) =>
        new(Guid.NewGuid(), Jurisdiction, "降低公共供水管网漏损率", "实施供水管网改造，到2022年漏损率控制在8.5%以内。",
            ["六大工程", "供水管网漏损治理"], lead ?? [LeadUnit], participating ?? [ParticipatingUnit], Deadline,
            targets ?? [LeakageRate, BenchmarkHotels]);

    public static TaskScenario Assigned(
        IReadOnlyList<string>? lead = null,
        IReadOnlyList<string>? participating = null,
        IReadOnlyList<TargetSpec>? targets = null)
    {
        var scenario = new TaskScenario();
        scenario.Record(Assignment(lead, participating, targets).Decide(Office, Now, KnownUnits));
        return scenario;
    }

    public TaskScenario SignedFor(string unit = LeadUnit) => Given(new AcceptTask(TaskId), Department(unit));

    public TaskScenario Reported(string unit, int progress, params Reading[] readings) =>
        Given(new SubmitReport(TaskId, Guid.NewGuid(), "2022-06", progress, readings, null), Department(unit));

    public TaskScenario RevisionRequested(Guid revisionId, string? targetId, decimal? value, DateOnly? deadline) =>
        Given(new RequestTargetRevision(TaskId, revisionId, targetId, value, deadline, "管网改造资金未到位"), Department(LeadUnit));

    public TaskScenario RevisionApproved(Guid revisionId) =>
        Given(new ApproveTargetRevision(TaskId, revisionId), Office);

    public TaskScenario CompletionRequested() =>
        Given(new RequestCompletion(TaskId, "管网改造已完成"), Department(LeadUnit));

    public TaskScenario CompletionReturned() =>
        Given(new ReturnCompletion(TaskId, "缺少漏损率监测报告"), Office);

    public TaskScenario Closed() =>
        CompletionRequested().Given(new ApproveCompletion(TaskId), Office);

    public Decision When(ITaskCommand command, Actor actor) => WithReports(command).Decide(Task, actor, Now);

    /// <summary>A return is decided on the filed reports, as the API's handler hands them over.</summary>
    public ITaskCommand WithReports(ITaskCommand command) =>
        command is ReturnReport returning ? returning with { Received = Reports } : command;

    /// <summary>Files a report event's report, as the report projection does.</summary>
    public void File(object e)
    {
        if (e is ProgressReported reported) Reports.Add(ReportRecord.From(reported, Reports.Count + 1));
        if (e is ReportReturned returned && Reports.FindIndex(r => r.ReportId == returned.ReportId) is >= 0 and var index)
            Reports[index] = Reports[index].Returned(returned);
    }

    private TaskScenario Given(ITaskCommand command, Actor actor)
    {
        Record(When(command, actor));
        return this;
    }

    private void Record(Decision decision)
    {
        if (decision.Refusal is { } refusal)
            throw new InvalidOperationException($"A scenario step was refused ({refusal.Kind}): {refusal.Message}");
        foreach (var e in decision.Events) Fold(e);
    }

    /// <summary>Folds an event into the scenario's task with the task's own fold, and files its report.</summary>
    public void Fold(object e)
    {
        Task = SupervisedTask.Folding.Evolve(Task, e)!;
        File(e);
    }
}
