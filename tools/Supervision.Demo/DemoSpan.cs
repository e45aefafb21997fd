using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;

namespace Supervision.Demo;

/// <summary>
/// The weeks the demo lives. By default the <c>years</c> before now, so a first look finds reports coming in and periods
/// due today; a pinned start lives from that day instead (the benchmarks pin June 2020, the start the seed plans were
/// written for). The seed plans' dates (deadlines 2020-12-31 to 2022-12-31, target years) move by the whole years
/// between the two starts, so their tasks fall due inside the span rather than years before it.
/// </summary>
public sealed record DemoSpan(DateTimeOffset Start, DateTimeOffset End)
{
    public static readonly DateTimeOffset PlansStart = At(new DateOnly(2020, 6, 1));

    public static DemoSpan For(int years, DateOnly? pinnedStart, DateTimeOffset now)
    {
        if (pinnedStart is { } day)
        {
            var start = At(day);
            return new DemoSpan(start, start.AddYears(years) < now ? start.AddYears(years) : now);
        }
        return new DemoSpan(At(BusinessTime.Today(now).AddYears(-years)), now);
    }

    /// <summary>Whole years from the plans' start to this span's start.</summary>
    public int YearsAfterPlans
    {
        get
        {
            var years = Start.Year - PlansStart.Year;
            return Start < PlansStart.AddYears(years) ? years - 1 : years;
        }
    }

    /// <summary>The plan with every date and target year moved by <see cref="YearsAfterPlans"/>.</summary>
    public PlanDocument Moved(PlanDocument plan)
    {
        var years = YearsAfterPlans;
        if (years == 0) return plan;
        int? Year(int? year) => year + years;
        return plan with
        {
            IssuedOn = plan.IssuedOn?.AddYears(years),
            DefaultDeadline = plan.DefaultDeadline.AddYears(years),
            Indicators = plan.Indicators.Select(i => i with { BaselineYear = Year(i.BaselineYear), Year = Year(i.Year) }).ToList(),
            Tasks = plan.Tasks.Select(t => t with
            {
                Deadline = t.Deadline?.AddYears(years),
                Targets = t.Targets.Select(x => x with { BaselineYear = Year(x.BaselineYear), Year = Year(x.Year) }).ToList(),
            }).ToList(),
        };
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), BusinessTime.Offset);
}
