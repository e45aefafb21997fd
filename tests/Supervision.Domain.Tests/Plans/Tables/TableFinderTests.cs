using Supervision.Domain.Plans.Tables;

namespace Supervision.Domain.Tests.Plans.Tables;

public class when_the_task_table_is_sought_among_a_documents_tables
{
    private static DocumentTable Table(params string[][] rows) => new(rows, [], []);

    private static readonly DocumentTable Contacts = Table(["序号", "牵头单位", "联系人", "联系电话"], ["1", "市水利局", "王工", "87000000"]);

    private static readonly DocumentTable Tasks = Table(["序号", "具体内容", "责任单位", "配合单位"], ["1", "开展节水宣传。", "市水利局", "市教育局"]);

    [Fact]
    public void a_contacts_table_that_names_牵头单位_does_not_win_over_the_task_table()
    {
        var (table, match) = TableFinder.Find([Contacts, Tasks]);

        (match.Table, match.Tables, match.HeaderRow).ShouldBe((2, 2, 1));
        match.Roles.ShouldBe(["number", "content", "lead", "participating"]);
        table.Rows.ShouldHaveSingleItem()[1].ShouldBe("开展节水宣传。");
    }

    [Fact]
    public void of_two_tables_that_map_the_one_filling_more_roles_wins()
    {
        var summary = Table(["具体内容", "牵头单位"], ["开展节水宣传。", "市水利局"]);

        TableFinder.Find([summary, Tasks]).Match.Table.ShouldBe(2);
    }

    [Fact]
    public void a_title_row_above_the_header_is_passed_over()
    {
        var titled = Table(["附件：任务分工表", "附件：任务分工表", "附件：任务分工表"], ["具体内容", "牵头单位", "配合单位"], ["开展节水宣传。", "市水利局", ""]);

        TableFinder.Find([titled]).Match.HeaderRow.ShouldBe(2);
    }

    [Fact]
    public void a_two_level_header_is_read_from_its_inner_row()
    {
        var twoLevel = Table(["序号", "具体内容", "责任单位", "责任单位"], ["", "", "牵头单位", "配合单位"], ["1", "开展节水宣传。", "市水利局", "市教育局"]);

        var (table, match) = TableFinder.Find([twoLevel]);

        table.Headers.ShouldBe(["序号", "具体内容", "牵头单位", "配合单位"]);
        match.Roles.ShouldBe(["number", "content", "lead", "participating"]);
    }

    [Fact]
    public void the_note_under_the_table_is_kept_and_prose_is_not()
    {
        var noted = Tasks with { Above = ["附件", "节水行动任务分工表"], Below = ["注：以上各项任务均需各镇（街道）参照执行。", "抄送：市委办公室"] };

        TableFinder.Find([noted]).Table.Notes.ShouldBe(["注：以上各项任务均需各镇（街道）参照执行。"]);
    }

    [Fact]
    public void when_nothing_maps_every_table_is_named_with_its_headers_and_the_roles_it_lacks()
    {
        var refusal = Should.Throw<PlanTableException>(() => TableFinder.Find([Contacts, Table(["序号", "具体内容", "配合单位"], ["1", "x", "y"])]));

        refusal.Tables.Select(t => (t.Table, string.Join("|", t.Headers), string.Join(",", t.Missing)))
            .ShouldBe([(1, "序号|牵头单位|联系人|联系电话", "content"), (2, "序号|具体内容|配合单位", "lead")]);
        refusal.Message.ShouldContain("Table 1: 序号 | 牵头单位 | 联系人 | 联系电话");
    }
}

public class when_a_header_cell_is_normalized
{
    [Theory]
    [InlineData("牵头\n单位")]
    [InlineData("牵 头单位")]
    [InlineData("牵头单位　")]
    [InlineData("牵头单位（盖章）")]
    [InlineData("牵头单位:")]
    [InlineData("责任单位")]
    [InlineData("牵头部门")]
    [InlineData("主办单位")]
    [InlineData("责任部门")]
    public void every_printed_form_of_the_lead_column_names_the_lead(string header) => ColumnMap.NamesLead(header).ShouldBeTrue();

    [Fact]
    public void full_width_forms_fold_to_ascii() => HeaderText.Normalize("序号（Ａ１）").ShouldBe("序号(A1)");

    [Fact]
    public void a_sentence_naming_the_lead_column_is_not_a_header() => ColumnMap.NamesLead("请各牵头单位于每月5日前报送").ShouldBeFalse();
}
