using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Api.Plans.Viewing;

public sealed record PlanSummary(string Id, string Title, string Jurisdiction, string JurisdictionName, int TaskCount,
    string? Issuer, string? DocumentNumber, DateOnly? IssuedOn, PlanStatus Status);

public sealed record CategoryCount(string Category, int Tasks);

public sealed record PlanUnit(string Id, string Name, string Kind, int LeadTasks, int ParticipatingTasks);

public sealed record IndicatorView(string Metric, Comparator Comparator, decimal Value, string Unit, TargetKind Kind,
    int? BaselineYear, int? Year, bool Annual, string? Text);

/// <summary>Where the plan's cadence comes from: its own sentence (source plan, with the text), or the office's default.</summary>
public sealed record ReportingView(Cadence Cadence, int DueDay, ReportingSource Source, string? Text);

public sealed record PlanDetails(
    string Id, string Title, string Jurisdiction, string JurisdictionName, string? Issuer, string? DocumentNumber,
    DateOnly? IssuedOn, string? Source, PlanStatus Status, DateOnly DefaultDeadline, ReportingView Reporting, long Version,
    int TaskCount, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<PlanNote> Notes, IReadOnlyList<CategoryCount> TasksByCategory,
    IReadOnlyDictionary<string, int> TasksByStatus, IReadOnlyList<PlanUnit> Units);

/// <summary>How the catalog reads fold a plan's tasks: counts by top-level category and status, and each unit's share.</summary>
public static class PlanReads
{
    public static IReadOnlyList<CategoryCount> ByCategory(IEnumerable<SupervisedTask> tasks) =>
        tasks.GroupBy(t => t.Category.FirstOrDefault() ?? "").Select(g => new CategoryCount(g.Key, g.Count())).ToList();

    public static IReadOnlyDictionary<string, int> ByStatus(IEnumerable<SupervisedTask> tasks) =>
        tasks.GroupBy(t => Tasks.Viewing.TaskView.StatusName(t.Status)).ToDictionary(g => g.Key, g => g.Count());

    public static ReportingView Reporting(SupervisedPlan plan) =>
        new(plan.Reporting.Cadence, plan.Reporting.DueDay, plan.ReportingSource, plan.ReportingText);

    public static IndicatorView ToView(PlanIndicator i) =>
        new(i.Metric, i.Comparator, i.Value, i.Unit, i.Kind, i.BaselineYear, i.Year, i.Annual, i.Text);
}
