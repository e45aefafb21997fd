using Supervision.Domain.Plans.Tables;

namespace Supervision.Domain.Tests.Plans.Tables;

public class when_a_text_holds_no_task_table
{
    // 新北区 prints its plan as numbered paragraphs, each with a （牵头单位：…；参与单位：…） line, not as a table.
    [Fact]
    public void the_xinbei_notice_is_refused() =>
        Should.Throw<PlanTableException>(() => TableText.Parse(SeedImport.SeedText("004_db5bd31d3678840e.txt")))
            .Message.ShouldContain("牵头单位");
}

public class when_the_headers_name_no_known_column
{
    private static readonly TableImportOptions Options = new("zhuji-water-saving-2020", "zhuji", "诸暨市县域节水行动方案", new DateOnly(2022, 12, 31), []);

    [Fact]
    public void the_refusal_lists_every_header_it_could_not_map()
    {
        var table = new PlanTable(["甲", "乙", "丙"], [["a", "b", "c"]]);

        var refusal = Should.Throw<PlanTableException>(() => PlanTableReader.Read(table, Options));

        refusal.UnmappedHeaders.ShouldBe(["甲", "乙", "丙"]);
        refusal.Message.ShouldContain("“甲”、“乙”、“丙”");
    }

    [Fact]
    public void known_headers_without_a_lead_column_are_refused_for_the_missing_column()
    {
        var table = new PlanTable(["序号", "具体内容", "配合单位"], [["1", "开展节水宣传", "市教育局"]]);

        var refusal = Should.Throw<PlanTableException>(() => PlanTableReader.Read(table, Options));

        refusal.UnmappedHeaders.ShouldBeEmpty();
        refusal.Message.ShouldContain("牵头单位");
    }

    [Fact]
    public void a_category_right_of_the_content_cannot_be_placed()
    {
        var table = new PlanTable(["具体内容", "分类", "牵头单位"], [["开展节水宣传", "宣传", "市教育局"]]);

        Should.Throw<PlanTableException>(() => PlanTableReader.Read(table, Options)).UnmappedHeaders.ShouldBe(["分类"]);
    }
}
