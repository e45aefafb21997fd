using Supervision.Domain.Plans.Tables;

namespace Supervision.Domain.Tests.Plans.Tables;

public class when_the_zhuji_appendix_text_is_read
{
    private readonly SeedImport zhuji = SeedImport.Of("zhuji");

    [Fact]
    public void the_plan_text_before_the_appendix_table_is_skipped() =>
        TableText.Parse(SeedImport.SeedText(zhuji.Reviewed.Source)).Headers
            .ShouldBe(["类别", "具体工作", "牵头单位", "参与单位"]);

    // 序号 restarts in each section (1-8, 1.-6., 1-4): the printed number is kept, and the row order keys each task.
    [Fact]
    public void every_row_keeps_its_printed_number_and_is_keyed_by_its_row_order()
    {
        zhuji.Imported.Tasks.Count.ShouldBe(45);
        zhuji.Imported.Tasks.Select(t => t.Number).ShouldBe(zhuji.Reviewed.Tasks.Select(t => t.Number));
        zhuji.Imported.Tasks.Select(t => t.Id).ShouldBe(Enumerable.Range(1, 45).Select(n => n.ToString()));
        zhuji.Imported.Tasks.Select(t => t.Id).ShouldBe(zhuji.Reviewed.Tasks.Select(t => t.Key));
    }

    [Fact]
    public void each_task_has_the_reviewed_lead_and_participating_units_in_order()
    {
        zhuji.LeadMismatches().ShouldBeEmpty();
        zhuji.ParticipatingMismatches().ShouldBeEmpty();
        zhuji.UnitsNotReviewed().ShouldBeEmpty();
    }

    [Fact]
    public void each_task_has_the_reviewed_content() => zhuji.ContentMismatches().ShouldBeEmpty();

    // 类别 spans three columns in Word (section, number or sub-section, heading); the export prints one header.
    // The section keeps its printed quotes (“六大“工程), which the reviewer dropped; numbers are not headings.
    [Fact]
    public void the_three_columns_under_the_category_header_form_the_category_path()
    {
        zhuji.Imported.Tasks[0].Category.ShouldBe(["双控行动", "实行总量强度控制"]);
        zhuji.Imported.Tasks[17].Category.ShouldBe(["“六大“工程", "农业节水增效", "实施农业节水灌溉"]);
        zhuji.Imported.Tasks[26].Title.ShouldBe("强化服务业节水");
    }

    [Fact]
    public void the_benchmark_rows_with_a_blank_participating_cell_have_no_participants() =>
        zhuji.Imported.Tasks.Skip(30).Take(5).ShouldAllBe(t => t.ParticipatingUnits.Count == 0);

    [Fact]
    public void units_joined_by_以及_are_two_units() =>
        zhuji.Imported.Tasks[41].ParticipatingUnits.ShouldBe(["zhuji.water", "zhuji.municipal-units"]);
}
