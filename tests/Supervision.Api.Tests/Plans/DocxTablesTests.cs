using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Api.Plans.Tables;
using Supervision.Api.Uploads;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Tables;
using static Supervision.Api.Tests.Support.WordTables;

namespace Supervision.Api.Tests.Plans;

public class when_DocxTables_reads_a_word_task_table
{
    private static readonly TableImportOptions Zhoushan = new("zhoushan-water-saving-2020", "zhoushan", "舟山市节水行动实施方案",
        new DateOnly(2022, 12, 31), [new("zhoushan.water", "市水利局", UnitKind.Department, [])]);

    private readonly PlanTable table = DocxTables.Read(Docx(
        Row(Cell("附件：任务分工表", span: 5)),
        Row(Cell("序号"), Cell("任务"), Cell("具体内容"), Cell("牵头单位"), Cell("配合单位")),
        Row(Cell("1"), Cell("节水刚性约束双控行动", merge: MergedCellValues.Restart), Cell("健全用水总量和强度控制指标体系。"),
            Cell("市水利局"), Cell("市发改委", "市经信局")),
        Row(Cell("2"), Cell(merge: MergedCellValues.Continue), Cell("开展水资源承载能力评价。"), Cell("市水利局"), Cell("市资源规划局"))));

    [Fact]
    public void the_row_the_column_map_reads_gives_the_headers_under_a_title_row() =>
        table.Headers.ShouldBe(["序号", "任务", "具体内容", "牵头单位", "配合单位"]);

    [Fact]
    public void a_vertically_merged_cell_reads_empty_below_its_first_row() => table.Rows[1][1].ShouldBe("");

    [Fact]
    public void the_paragraphs_of_a_cell_are_its_lines() => table.Rows[0][4].ShouldBe("市发改委\n市经信局");

    [Fact]
    public void as_a_plan_the_merged_category_carries_down_and_each_paragraph_is_a_unit()
    {
        var plan = PlanTableReader.Read(table, Zhoushan);

        plan.Tasks.Select(t => t.Category).ShouldBe([["节水刚性约束双控行动"], ["节水刚性约束双控行动"]]);
        plan.Tasks[0].ParticipatingUnits.ShouldBe(["zhoushan.development-reform", "zhoushan.economy-information"]);
        plan.Tasks[1].LeadUnits.ShouldBe(["zhoushan.water"]);
    }

    [Fact]
    public void a_header_spanning_columns_names_each_of_them()
    {
        var spanned = DocxTables.Read(Docx(
            Row(Cell("类别", span: 2), Cell("具体工作"), Cell("牵头单位")),
            Row(Cell("双控行动"), Cell("实行总量强度控制"), Cell("严格实行区域用水总量和强度控制。"), Cell("市水利局"))));

        spanned.Headers.ShouldBe(["类别", "类别", "具体工作", "牵头单位"]);
        PlanTableReader.Read(spanned, Zhoushan).Tasks.ShouldHaveSingleItem().Category.ShouldBe(["双控行动", "实行总量强度控制"]);
    }

    [Fact]
    public void a_two_level_header_takes_the_outer_names_over_merged_header_cells()
    {
        var twoLevel = DocxTables.Read(Docx(
            Row(Cell("序号", MergedCellValues.Restart), Cell("具体内容", MergedCellValues.Restart), Cell("责任单位", span: 2)),
            Row(Cell(MergedCellValues.Continue), Cell(MergedCellValues.Continue), Cell("牵头单位"), Cell("配合单位"))));

        twoLevel.Headers.ShouldBe(["序号", "具体内容", "牵头单位", "配合单位"]);
    }

    [Fact]
    public void a_task_table_laid_out_inside_another_tables_cell_is_found()
    {
        var inner = new Table(Row(Cell("序号"), Cell("具体内容"), Cell("牵头单位")), Row(Cell("1"), Cell("建设节水型单位。"), Cell("市水利局")));
        var nested = DocxTables.Read(Docx(Row(Cell("附件"), new TableCell(inner, new Paragraph()))));

        nested.Headers.ShouldBe(["序号", "具体内容", "牵头单位"]);
        nested.Rows.ShouldHaveSingleItem().ShouldBe(["1", "建设节水型单位。", "市水利局"]);
    }

    [Fact]
    public void a_line_break_or_tab_inside_a_cell_reads_as_a_new_line_or_a_space()
    {
        var cell = new TableCell(new Paragraph(new Run(new Text("市水利局"), new Break(), new Text("市建设局"), new TabChar(), new Text("(配合)"))));
        var read = DocxTables.Read(Docx(Row(Cell("具体内容"), Cell("牵头单位")), Row(Cell("开展节水宣传。"), cell)));

        read.Rows[0][1].ShouldBe("市水利局\n市建设局 (配合)");
    }

    [Theory]
    [InlineData(100_000, null)]
    [InlineData(1, 2_000_000_000)]
    public void a_cell_or_row_spanning_more_columns_than_word_allows_is_refused(int span, int? skippedBefore)
    {
        var row = Row(Cell("牵头单位", span));
        if (skippedBefore is { } skipped) row.PrependChild(new TableRowProperties(new GridBefore { Val = skipped }));

        Should.Throw<UploadRefusedException>(() => DocxTables.Read(Docx(row))).Status.ShouldBe(400);
    }

    [Fact]
    public void a_document_without_a_lead_unit_table_is_refused() =>
        Should.Throw<PlanTableException>(() => DocxTables.Read(Docx(Row(Cell("序号"), Cell("内容")))));

    [Fact]
    public void a_file_that_is_not_a_word_document_is_refused() =>
        Should.Throw<UploadRefusedException>(() => DocxTables.Read(new MemoryStream("序号,牵头单位"u8.ToArray()))).Status.ShouldBe(400);
}
