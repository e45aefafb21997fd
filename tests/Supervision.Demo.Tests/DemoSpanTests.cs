using Supervision.Api.Plans;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Demo.Tests;

/// <summary>A first look on 15 March 2026: the demo has lived the year before it, and reports are due now.</summary>
public class when_the_demo_lives_up_to_today
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 30, 0, TimeSpan.FromHours(8));
    private static readonly Actor Importer = new("system:demo", "演示数据", Role.Admin, null, "*");

    private static (List<SupervisedTask> Tasks, List<DemoEvent> Events, int Refused) Live(DemoSpan span)
    {
        var plan = span.Moved(PlanYaml.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "plans", "zhuji.yaml"))));
        var tasks = new ImportPlan(plan).Decide(ImportState.Empty, Importer, span.Start).Changes
            .Where(c => c.Events[0] is TaskAssigned)
            .Select(c => c.Events.Aggregate((SupervisedTask?)null, SupervisedTask.Folding.Evolve)!).ToList();
        var world = new DemoWorld(seed: 1);
        var events = new List<DemoEvent>();
        for (var week = span.Start; week < span.End; week = week.AddDays(7)) events.AddRange(world.Week(tasks, week, span.End));
        return (tasks, events, world.Refused);
    }

    [Fact]
    public void the_history_starts_the_given_years_back_and_ends_now()
    {
        var span = DemoSpan.For(years: 1, pinnedStart: null, Now);

        span.Start.ShouldBe(new DateTimeOffset(2025, 3, 15, 9, 0, 0, TimeSpan.FromHours(8)));
        span.End.ShouldBe(Now);
    }

    [Fact]
    public void the_seed_plans_dates_move_into_the_history_by_whole_years()
    {
        var span = DemoSpan.For(years: 1, pinnedStart: null, Now);
        var plan = span.Moved(PlanYaml.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "plans", "zhuji.yaml"))));

        span.YearsAfterPlans.ShouldBe(4);
        plan.DefaultDeadline.ShouldBe(new DateOnly(2026, 12, 31));
        plan.Tasks.SelectMany(t => t.Targets).Where(t => t.Year is not null).ShouldAllBe(t => t.Year >= 2026);
    }

    [Fact]
    public void a_pinned_start_lives_the_plans_as_written_and_ends_the_given_years_later()
    {
        var span = DemoSpan.For(years: 2, pinnedStart: new DateOnly(2020, 6, 1), Now);
        var plan = PlanYaml.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "plans", "zhuji.yaml")));

        span.Start.ShouldBe(DemoSpan.PlansStart);
        span.End.ShouldBe(DemoSpan.PlansStart.AddYears(2));
        span.Moved(plan).ShouldBeSameAs(plan);
    }

    [Fact]
    public void nothing_happens_after_now_and_departments_have_reports_due()
    {
        var (tasks, events, refused) = Live(DemoSpan.For(years: 1, pinnedStart: null, Now));
        var today = DateOnly.FromDateTime(Now.DateTime);

        refused.ShouldBe(0);
        events.ShouldAllBe(e => e.At <= Now);
        events.Where(e => e.Data is ProgressReported).ShouldContain(e => e.At > Now.AddDays(-60));
        tasks.Where(t => t.IsOpen).SelectMany(t => ReportDues.For(t, t.Schedule, Now))
            .ShouldContain(d => d.Status == DueStatus.Pending && d.DueOn >= today && d.DueOn <= today.AddDays(100));
    }

    [Theory]
    [InlineData("--years", "0")]
    [InlineData("--jurisdictions", "-1")]
    [InlineData("--start", "2020-13-01")]
    [InlineData("--weeks", "3")]
    public void an_option_out_of_range_or_unknown_is_refused_with_the_usage(string flag, string value)
    {
        var errors = new StringWriter();

        DemoOptions.Parse([flag, value], errors).ShouldBeNull();
        errors.ToString().ShouldContain("usage: ./supervise demo");
    }

    [Fact]
    public void the_options_read_as_before_with_a_start_to_pin() =>
        DemoOptions.Parse(["--jurisdictions", "2", "--years", "3", "--seed", "7", "--start", "2020-06-01", "--replace"], TextWriter.Null)
            .ShouldBe(new DemoOptions(2, 3, 7, new DateOnly(2020, 6, 1), true));
}
