namespace Supervision.Domain.Tests.Plans.Tables;

public class when_the_wuxi_table_text_is_read
{
    private readonly SeedImport wuxi = SeedImport.Of("wuxi");

    [Fact]
    public void every_key_task_is_a_task_under_the_number_its_heading_prints()
    {
        wuxi.Imported.Tasks.Count.ShouldBe(35);
        wuxi.Imported.Tasks.Select(t => t.Number).ShouldBe(wuxi.Reviewed.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void each_task_has_the_reviewed_lead_units_in_order() => wuxi.LeadMismatches().ShouldBeEmpty();

    // The note printed below the table (注：以上各项重点任务均需各市（县）区人民政府参照落实) is the plan's, not a row's.
    [Fact]
    public void each_task_has_the_reviewed_participating_units_and_the_note_names_none_of_them()
    {
        wuxi.ParticipatingMismatches().ShouldBeEmpty();
        wuxi.Imported.Units.ShouldNotContain(u => u.Name.StartsWith("注"));
    }

    [Fact]
    public void each_task_has_the_reviewed_content() => wuxi.ContentMismatches().ShouldBeEmpty();

    // 序号 numbers the categories (一, 二 ... merged over their rows); each 重点任务 prints its own number.
    [Fact]
    public void headings_lose_their_printed_numbers()
    {
        wuxi.Imported.Tasks[0].Category.ShouldBe(["加强用水总量和强度双控", "强化用水指标刚性约束"]);
        wuxi.Imported.Tasks[1].Category.ShouldBe(["加强用水总量和强度双控", "逐步建立节水评价机制"]);
        wuxi.Imported.Tasks.Select(t => t.Title).ShouldBe(wuxi.Reviewed.Tasks.Select(t => t.Title));
    }

    [Fact]
    public void a_remark_in_the_participating_cell_leaves_the_collective_it_names() =>
        wuxi.Imported.Tasks[30].ParticipatingUnits.ShouldBe(["wuxi.all-departments"]);

    [Fact]
    public void the_note_under_the_table_is_the_plans_and_names_the_county_governments()
    {
        var note = wuxi.Imported.Notes.ShouldHaveSingleItem();

        note.Text.ShouldBe("注：以上各项重点任务均需各市（县）区人民政府参照落实。");
        note.Units.ShouldBe(["wuxi.county-governments"]);
    }
}
