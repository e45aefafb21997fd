using Supervision.Api.Plans;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Plans;

namespace Supervision.Api.Tests.Plans;

/// <summary>The five reviewed plan files, held to the rules of docs/plan-format.md and checked row by row against the seeds.</summary>
public class when_the_seed_catalog_is_read_against_its_rules
{
    public static TheoryData<string> Files => ["zhuji", "yiwu", "zhoushan", "wuxi", "xinbei"];

    private static PlanDocument Load(string name) =>
        PlanYaml.Read(File.ReadAllText(RepositoryFiles.PathOf("data", "plans", name + ".yaml")));

    [Theory]
    [MemberData(nameof(Files))]
    public void the_default_deadline_ends_the_first_target_year_and_the_id_is_derived_from_it(string name)
    {
        var plan = Load(name);
        var goals = plan.Indicators.Select(i => i.Year).ToList();
        var years = (goals.Count > 0 ? goals : plan.Tasks.SelectMany(t => t.Targets).Select(t => t.Year)).OfType<int>();

        plan.DefaultDeadline.ShouldBe(new DateOnly(years.Min(), 12, 31));
        plan.Id.ShouldBe(PlanConventions.PlanId(plan.Jurisdiction, plan.DefaultDeadline));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void a_row_naming_a_later_year_is_due_at_its_end_and_every_other_row_takes_the_default(string name)
    {
        var plan = Load(name);

        plan.Tasks.ShouldAllBe(t => t.Deadline == PlanConventions.RowDeadline(t.Content, plan.DefaultDeadline));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void the_plan_says_where_its_reporting_cadence_comes_from(string name)
    {
        var plan = Load(name);

        if (name == "xinbei")
        {
            (plan.Reporting.Cadence, plan.ReportingSource).ShouldBe((Cadence.Annual, ReportingSource.Plan));
            File.ReadAllText(RepositoryFiles.PathOf("tests", "Supervision.Domain.Tests", "Plans", "Tables", "seeds", plan.Source!))
                .ShouldContain(plan.ReportingText!);
        }
        else
        {
            (plan.Reporting, plan.ReportingSource, plan.ReportingText).ShouldBe((ReportingSchedule.Default, ReportingSource.OfficeDefault, null));
        }
    }

    [Fact]
    public void wuxi_keeps_its_county_footnote_as_the_plans_note_and_no_row_lists_the_counties()
    {
        var wuxi = Load("wuxi");

        var note = wuxi.Notes.ShouldHaveSingleItem();
        (note.Text, note.Units.Single()).ShouldBe(("注：以上各项重点任务均需各市（县）区人民政府参照落实。", "wuxi.county-governments"));
        wuxi.Tasks.ShouldAllBe(t => !t.ParticipatingUnits.Contains("wuxi.county-governments") && !t.LeadUnits.Contains("wuxi.county-governments"));
    }

    [Fact]
    public void wuxi_rows_that_say_by_2020_are_due_in_2020_and_those_that_say_by_2022_in_2022()
    {
        var wuxi = Load("wuxi");

        wuxi.DefaultDeadline.ShouldBe(new DateOnly(2020, 12, 31));
        wuxi.Tasks.Where(t => t.Content.Contains("2022年")).Select(t => t.Deadline).ShouldAllBe(d => d == new DateOnly(2022, 12, 31));
        wuxi.Tasks.Where(t => t.Content.Contains("2020年")).Select(t => t.Deadline).ShouldAllBe(d => d == null);
    }

    [Fact]
    public void zhuji_is_a_consultation_draft_that_keeps_its_printed_numbers_with_a_row_id_each()
    {
        var zhuji = Load("zhuji");

        zhuji.Status.ShouldBe(PlanStatus.ConsultationDraft);
        zhuji.Tasks.Select(t => t.Id).ShouldBe(Enumerable.Range(1, 45).Select(n => $"{n}"));
        zhuji.Tasks.Take(17).Select(t => t.Number).Distinct().ShouldBe(["1", "2", "3", "4", "5", "6", "7", "8"]);
        zhuji.Tasks.Skip(17).Take(24).Select(t => t.Number).Distinct().ShouldBe(["1", "2", "3", "4", "5", "6"]);
        zhuji.Tasks.TakeLast(4).Select(t => t.Number).ShouldBe(["1", "2", "3", "4"]);
    }

    [Fact]
    public void zhuji_row_30_prints_no_number_so_it_has_no_target()
    {
        var row = Load("zhuji").Tasks.Single(t => t.Id == "30");

        row.Content.ShouldContain("全部市级机关和市级事业单位建成节水型单位");
        row.Targets.ShouldBeEmpty();
    }

    [Fact]
    public void zhoushan_names_the_leading_groups_members_as_one_collective()
    {
        var zhoushan = Load("zhoushan");

        var members = zhoushan.Units.Single(u => u.Id == "zhoushan.leading-group-members");
        (members.Name, members.Kind).ShouldBe(("市节约用水工作领导小组各成员单位", UnitKind.Collective));
        zhoushan.Tasks.Where(t => t.Id is "43" or "47" or "48" or "49" or "50" or "51")
            .ShouldAllBe(t => t.ParticipatingUnits.SequenceEqual(new[] { "zhoushan.leading-group-members" }));
        zhoushan.Units.ShouldNotContain(u => u.Name == "各成员单位" || u.Name == "市节约用水工作领导小组");
    }
}
