namespace Supervision.Domain.Tests.Plans.Tables;

public class when_the_zhoushan_table_text_is_read
{
    private readonly SeedImport zhoushan = SeedImport.Of("zhoushan");

    [Fact]
    public void every_numbered_row_is_a_task_under_its_printed_number()
    {
        zhoushan.Imported.Tasks.Count.ShouldBe(57);
        zhoushan.Imported.Tasks.Select(t => t.Number).ShouldBe(zhoushan.Reviewed.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void each_task_has_the_reviewed_lead_and_participating_units_in_order()
    {
        zhoushan.LeadMismatches().ShouldBeEmpty();
        zhoushan.ParticipatingMismatches().ShouldBeEmpty();
        zhoushan.UnitsNotReviewed().ShouldBeEmpty();
    }

    [Fact]
    public void each_task_has_the_reviewed_content() => zhoushan.ContentMismatches().ShouldBeEmpty();

    [Fact]
    public void merged_action_and_classification_cells_carry_down_into_the_category()
    {
        zhoushan.Imported.Tasks.Select(t => t.Category).ShouldBe(zhoushan.Reviewed.Tasks.Select(t => (IReadOnlyList<string>)t.Category));
        zhoushan.Imported.Tasks[1].Title.ShouldBe("实施总量强度双控");
    }

    [Fact]
    public void a_cell_broken_over_blank_lines_names_every_unit_in_it()
    {
        zhoushan.Imported.Tasks[0].ParticipatingUnits.ShouldBe([
            "zhoushan.economy-information", "zhoushan.natural-resources-planning", "zhoushan.housing-construction",
            "zhoushan.agriculture-rural", "zhoushan.water-group"]);
    }

    // 市节约用水工作领导小组 / 各成员单位 on two lines of one cell: the members of the leading group, one collective.
    [Fact]
    public void a_line_naming_the_members_of_the_body_above_is_one_collective_with_it() =>
        zhoushan.Imported.Tasks.Where(t => t.Number is "43" or "47" or "48" or "49" or "50" or "51")
            .ShouldAllBe(t => t.ParticipatingUnits.SequenceEqual(new[] { "zhoushan.leading-group-members" }));

    [Fact]
    public void printed_targets_are_read_from_the_content() =>
        zhoushan.Imported.Tasks.Single(t => t.Number == "9").Targets.ShouldHaveSingleItem().Metric.ShouldBe("区域水资源论证完成率");
}
