using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Tables;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Tests.Plans.Tables;

public class when_a_task_table_is_read
{
    private static readonly UnitDefinition Water = new("zhuji.water", "市水利局", UnitKind.Department, ["水利局"]);
    private static readonly UnitDefinition Reform = new("zhuji.development-reform", "市发改委", UnitKind.Department, []);
    private static readonly UnitDefinition Commerce = new("zhuji.commerce", "市商务局", UnitKind.Department, []);

    private static readonly PlanTable Table = new(
        ["序号", "任务类别", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"],
        [
            ["1", "一、节水管理", "1强化约束", "到2022年，公共供水管网漏损率控制在9%以内。", "水利局", "市发改委、各镇街", "2022年底前"],
            ["2", "", "", "严格取水许可。", "", "", ""],
            ["3", "", "2推进改革", "探索水价改革。", "市发改委\n商务局", "", ""],
            ["4", "二、保障措施", "", "", "", "", ""],
            ["5", "", "3加强宣传", "开展节水宣传。", "市委宣传部", "各部门按职责分工共同推进", ""],
        ]);

    private readonly PlanDocument plan = PlanTableReader.Read(Table,
        new TableImportOptions("zhuji-water-saving-2020", "zhuji", "诸暨市县域节水行动方案", new DateOnly(2022, 12, 31), [Water, Reform, Commerce]));

    [Fact]
    public void every_row_with_a_lead_is_a_task_under_its_printed_number() =>
        plan.Tasks.Select(t => t.Number).ShouldBe(["1", "2", "3", "5"]);

    [Fact]
    public void merged_heading_lead_and_participating_cells_repeat_the_row_above()
    {
        var second = plan.Tasks[1];
        second.Category.ShouldBe(["节水管理", "强化约束"]);
        second.LeadUnits.ShouldBe(["zhuji.water"]);
        second.ParticipatingUnits.ShouldBe(["zhuji.development-reform", "zhuji.towns-subdistricts"]);
        second.Deadline.ShouldBe(new DateOnly(2022, 12, 31));
    }

    [Fact]
    public void a_blank_participating_cell_under_a_new_heading_means_none()
    {
        plan.Tasks[2].Title.ShouldBe("推进改革");
        plan.Tasks[2].ParticipatingUnits.ShouldBeEmpty();
        plan.Tasks[2].Deadline.ShouldBeNull();
    }

    [Fact]
    public void names_resolve_to_known_units_by_alias_or_with_the_市_prefix() =>
        plan.Tasks[2].LeadUnits.ShouldBe(["zhuji.development-reform", "zhuji.commerce"]);

    [Fact]
    public void unknown_names_are_proposed_with_a_readable_id_and_the_kind_their_name_suggests_and_remarks_are_dropped()
    {
        plan.Tasks[3].Category.ShouldBe(["保障措施", "加强宣传"]);
        plan.Units.Select(u => (u.Id, u.Kind)).ShouldBe([
            ("zhuji.water", UnitKind.Department), ("zhuji.development-reform", UnitKind.Department), ("zhuji.towns-subdistricts", UnitKind.Collective),
            ("zhuji.commerce", UnitKind.Department), ("zhuji.publicity", UnitKind.Party), ("zhuji.departments", UnitKind.Collective)]);
        UnitProposals.Of(plan, [Water, Reform, Commerce]).Select(p => p.Name).ShouldBe(["各镇街", "市委宣传部", "各部门"]);
    }

    [Fact]
    public void targets_are_read_from_the_content() =>
        plan.Tasks[0].Targets.ShouldBe([new TargetSpec("", "公共供水管网漏损率", Comparator.AtMost, 9, "%", 2022)]);

    [Fact]
    public void the_plan_takes_what_the_table_does_not_say_from_the_options()
    {
        (plan.Id, plan.Jurisdiction, plan.DefaultDeadline).ShouldBe(("zhuji-water-saving-2020", "zhuji", new DateOnly(2022, 12, 31)));
        (plan.Issuer, plan.DocumentNumber, plan.IssuedOn, plan.Source).ShouldBe((null, null, null, null));
        plan.Reporting.ShouldBe(ReportingSchedule.Default);
        plan.Indicators.ShouldBeEmpty();
    }
}

public class when_a_task_table_has_no_number_column
{
    private static readonly TableImportOptions Options = new("wuxi-water-saving-2020", "wuxi", "无锡市节水行动实施方案", new DateOnly(2022, 12, 31), []);

    [Fact]
    public void the_numbers_printed_on_the_headings_number_the_tasks() =>
        Numbers(["5强化用水指标刚性约束", "7逐步建立节水评价机制"]).ShouldBe(["5", "7"]);

    // A merged heading cell carries its number down: both rows print 5, so each is keyed by its row order.
    [Fact]
    public void repeated_heading_numbers_are_kept_as_printed_and_the_row_order_keys_the_tasks()
    {
        var tasks = Read(["5强化用水指标刚性约束", ""]).Tasks;

        tasks.Select(t => t.Number).ShouldBe(["5", "5"]);
        tasks.Select(t => t.Id).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void unique_heading_numbers_are_also_the_row_ids() =>
        Read(["5强化用水指标刚性约束", "7逐步建立节水评价机制"]).Tasks.Select(t => t.Id).ShouldBe(["5", "7"]);

    [Fact]
    public void headings_without_numbers_are_numbered_in_row_order() =>
        Numbers(["强化用水指标刚性约束", "逐步建立节水评价机制"]).ShouldBe(["1", "2"]);

    [Fact]
    public void a_heading_spanning_two_columns_is_one_category()
    {
        var table = new PlanTable(["类别", "类别", "具体内容", "牵头单位"], [["双控行动", "双控行动", "严格取水许可。", "市水利局"]]);

        PlanTableReader.Read(table, Options).Tasks.ShouldHaveSingleItem().Category.ShouldBe(["双控行动"]);
    }

    private static IEnumerable<string> Numbers(string[] headings) => Read(headings).Tasks.Select(t => t.Number);

    private static PlanDocument Read(string[] headings) =>
        PlanTableReader.Read(new PlanTable(["重点任务", "主要内容", "牵头单位"],
            headings.Select((h, i) => (IReadOnlyList<string>)[h, $"内容{i}", "市水利局"]).ToList()), Options);
}
