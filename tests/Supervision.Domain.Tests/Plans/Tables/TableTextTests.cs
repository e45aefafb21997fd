using Supervision.Domain.Plans.Tables;

namespace Supervision.Domain.Tests.Plans.Tables;

public class when_a_table_text_is_parsed
{
    private const string Export =
        "附件\n节水行动任务分工表\n" +
        "\t序号\n\t任务\n\t具体内容\n\t牵头单位\n\t参与单位\n\n" +
        "\t1\n\t节水刚性约束双控行动\n\t健全用水总量和强度控制指标体系。\n\t市发改委、市水利局\n\t市经信局、市资源规划局、\n\n市住建局、\n\n市水务集团\n\n" +
        "\t2\n\t\n\t开展水资源承载能力评价，\n建立监测预警机制。\n\t市水利局\n\t\n\n\n" +
        "注：以上任务均需各县（区）参照落实。\n";

    private readonly PlanTable table = TableText.Parse(Export);

    [Fact]
    public void the_header_row_is_the_first_row_naming_the_lead_unit() =>
        table.Headers.ShouldBe(["序号", "任务", "具体内容", "牵头单位", "参与单位"]);

    [Fact]
    public void a_cell_broken_over_lines_and_blank_lines_is_one_cell() =>
        table.Rows[0][4].ShouldBe("市经信局、市资源规划局、\n市住建局、\n市水务集团");

    [Fact]
    public void merged_cells_stay_empty() => table.Rows[1][1].ShouldBe("");

    [Fact]
    public void text_after_two_blank_lines_is_not_part_of_the_table()
    {
        table.Rows.Count.ShouldBe(2);
        table.Rows[1][4].ShouldBe("");
    }

    [Fact]
    public void the_note_under_the_table_is_kept_and_the_title_above_it_is_not() =>
        table.Notes.ShouldBe(["注：以上任务均需各县（区）参照落实。"]);

    [Fact]
    public void a_lead_header_wrapped_over_two_lines_or_headed_责任单位_is_found()
    {
        TableText.Parse("\t具体内容\n\t牵头\n单位\n\n\t开展节水宣传。\n\t市水利局\n").Headers.ShouldBe(["具体内容", "牵头\n单位"]);
        TableText.Parse("\t具体内容\n\t责任单位\n\n\t开展节水宣传。\n\t市水利局\n").Rows.ShouldHaveSingleItem().ShouldBe(["开展节水宣传。", "市水利局"]);
    }

    [Fact]
    public void a_contacts_table_before_the_task_table_does_not_stop_the_search()
    {
        var text = "\t单位\n\t牵头单位\n\t联系电话\n\n\t水利局\n\t是\n\t87000000\n\n\n说明\n"
            + "\t具体内容\n\t牵头单位\n\n\t开展节水宣传。\n\t市水利局\n";

        var (found, match) = TableText.Read(text);

        (match.Table, match.Tables).ShouldBe((2, 2));
        found.Rows.ShouldHaveSingleItem().ShouldBe(["开展节水宣传。", "市水利局"]);
    }

    [Fact]
    public void a_row_split_by_blank_lines_is_joined_back_to_the_table_width()
    {
        var split = TableText.Parse("\t类别\n\t具体工作\n\t牵头单位\n\n\t双控行动\n\t加强管理\n\t市水利局\n\n\t六大工程\n\n\n\t节水改造\n\t市经信局\n");

        split.Rows.ShouldBe([["双控行动", "加强管理", "市水利局"], ["六大工程", "节水改造", "市经信局"]]);
    }

    [Fact]
    public void a_text_without_a_tab_table_is_refused() =>
        Should.Throw<PlanTableException>(() => TableText.Parse("（牵头单位：农业农村局；参与单位：经济发展局）"));
}
