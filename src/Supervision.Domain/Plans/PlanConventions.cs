using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Plans;

/// <summary>
/// The rules by which a plan is named and dated (docs/plan-format.md): one place, used by the table reader and held
/// against every reviewed plan file.
/// </summary>
public static class PlanConventions
{
    /// <summary>
    /// A plan's id: its jurisdiction, "water-saving", and its first target year, the year its default deadline ends
    /// (the earliest year its 主要目标 set, or its tasks' targets when it prints no goals). Every plan has one, dated or not.
    /// </summary>
    public static string PlanId(string jurisdiction, DateOnly defaultDeadline) => $"{jurisdiction}-water-saving-{defaultDeadline.Year}";

    /// <summary>
    /// A row's own deadline: the end of the latest year its text names as a goal (到2025年, 2022年前, “十四五”末), when that lies
    /// past the plan's default deadline; otherwise none, and the default applies. Baseline years (较2015年) name no goal.
    /// </summary>
    public static DateOnly? RowDeadline(string content, DateOnly defaultDeadline)
    {
        var latest = TargetParser.YearsNamed(content).DefaultIfEmpty(0).Max();
        return latest > defaultDeadline.Year ? new DateOnly(latest, 12, 31) : null;
    }
}
