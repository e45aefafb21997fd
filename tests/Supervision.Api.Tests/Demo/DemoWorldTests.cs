using Supervision.Api.Demo;
using Supervision.Api.Plans;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;

namespace Supervision.Api.Tests.Demo;

/// <summary>诸暨's seed plan lived through a year and a half by the demo generator, in memory.</summary>
public class when_the_demo_generator_lives_through_zhujis_plan
{
    private static readonly Actor Importer = new("system:demo", "演示数据", Role.Admin, null, "*");

    private static (List<DemoEvent> Events, int Refused) Live(int seed, int weeks)
    {
        var plan = PlanYaml.Read(File.ReadAllText(RepositoryFiles.PathOf("data", "plans", "zhuji.yaml")));
        var tasks = new ImportPlan(plan).Decide(ImportState.Empty, Importer, DemoCommand.Start).Changes
            .Where(c => c.Events[0] is TaskAssigned)
            .Select(c => c.Events.Aggregate((SupervisedTask?)null, SupervisedTask.Folding.Evolve)!).ToList();
        var world = new DemoWorld(seed);
        var events = Enumerable.Range(0, weeks).SelectMany(w => world.Week(tasks, DemoCommand.Start.AddDays(7 * w))).ToList();
        return (events, world.Refused);
    }

    private static string Signature(List<DemoEvent> events) =>
        string.Join("\n", events.Select(e => $"{e.StreamId} {e.Data.GetType().Name} {e.Actor.UserId} {e.At:O}"));

    [Fact]
    public void the_same_seed_gives_the_same_history_and_another_seed_another()
    {
        var (first, _) = Live(seed: 7, weeks: 40);
        var (again, _) = Live(seed: 7, weeks: 40);
        var (other, _) = Live(seed: 8, weeks: 40);

        Signature(again).ShouldBe(Signature(first));
        Signature(other).ShouldNotBe(Signature(first));
    }

    [Fact]
    public void a_tasks_dice_depend_on_the_seed_and_the_task_alone_not_on_the_process() =>
        DemoWorld.DiceSeed(7, Guid.Empty).ShouldBe(-1307535577); // SHA-1 of "supervision:demo-dice:7/<guid>", not HashCode

    [Fact]
    public void every_kind_of_supervision_happens_and_the_domain_accepts_every_decision()
    {
        var (events, refused) = Live(seed: 1, weeks: 78);
        var kinds = events.Select(e => e.Data.GetType()).ToHashSet();

        refused.ShouldBe(0);
        kinds.ShouldContain(typeof(ProgressReported));
        kinds.ShouldContain(typeof(ReportReturned));
        kinds.ShouldContain(typeof(ReminderIssued));
        kinds.ShouldContain(typeof(FindingRecorded));
        kinds.ShouldContain(typeof(RectificationSubmitted));
        kinds.ShouldContain(typeof(Domain.Inspections.InspectionOrderIssued));
        kinds.ShouldContain(typeof(Domain.Inspections.InspectionResponded));
        kinds.ShouldContain(typeof(Domain.Inspections.InspectionEscalated));
        events.Select(e => e.Data).OfType<ReminderIssued>().ShouldContain(r => r.Kind == ReminderKind.Manual);
        events.Where(e => e.Data is Domain.Inspections.InspectionOrderIssued).ShouldAllBe(e => e.Starts == typeof(Domain.Inspections.InspectionOrder));
        events.Where(e => e.Data is ProgressReported).Select(e => ((ProgressReported)e.Data).Period).Distinct().Count().ShouldBeGreaterThan(4);
        events.Select(e => e.At).ShouldAllBe(at => at >= DemoCommand.Start && at < DemoCommand.Start.AddDays(7 * 78 + 30));
    }
}
