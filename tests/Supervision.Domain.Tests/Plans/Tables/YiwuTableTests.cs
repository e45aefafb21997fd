namespace Supervision.Domain.Tests.Plans.Tables;

public class when_the_yiwu_table_text_is_read
{
    private readonly SeedImport yiwu = SeedImport.Of("yiwu");

    [Fact]
    public void every_row_is_a_task_numbered_in_row_order()
    {
        yiwu.Imported.Tasks.Count.ShouldBe(51);
        yiwu.Imported.Tasks.Select(t => t.Number).ShouldBe(yiwu.Reviewed.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void each_task_has_the_reviewed_lead_and_participating_units_in_order()
    {
        yiwu.LeadMismatches().ShouldBeEmpty();
        yiwu.ParticipatingMismatches().ShouldBeEmpty();
        yiwu.UnitsNotReviewed().ShouldBeEmpty();
    }

    [Fact]
    public void each_task_has_the_reviewed_content() => yiwu.ContentMismatches().ShouldBeEmpty();

    // Rows 13-14 and 19-22 print a sixth cell the header row does not name: a heading under 目标任务.
    [Fact]
    public void the_extra_heading_cell_is_the_innermost_category_of_its_rows_only()
    {
        yiwu.Imported.Tasks.Select(t => t.Category).ShouldBe(yiwu.Reviewed.Tasks.Select(t => (IReadOnlyList<string>)t.Category));
        yiwu.Imported.Tasks[13].Title.ShouldBe("完善生态补偿机制");
        yiwu.Imported.Tasks[14].Title.ShouldBe("深化制度改革");
    }

    [Fact]
    public void two_lead_units_on_two_lines_are_both_leads() =>
        yiwu.Imported.Tasks[10].LeadUnits.ShouldBe(["yiwu.water", "yiwu.finance"]);

    // The cells are empty in rows 24 and 26, each the first row of a new 目标任务: no participants, not the ones above.
    [Fact]
    public void a_blank_participating_cell_under_a_new_heading_means_none()
    {
        yiwu.Imported.Tasks[23].ParticipatingUnits.ShouldBeEmpty();
        yiwu.Imported.Tasks[25].ParticipatingUnits.ShouldBeEmpty();
    }
}
