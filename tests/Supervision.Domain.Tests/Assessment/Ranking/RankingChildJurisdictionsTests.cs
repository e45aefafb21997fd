using Supervision.Domain.Assessment;

namespace Supervision.Domain.Tests.Assessment.Ranking;

public class when_a_parent_ranks_its_child_jurisdictions
{
    private static DimensionCell Cell(string jurisdiction, Dimension dimension, int tasks, int onSchedule, int red, decimal score) =>
        new(jurisdiction, dimension, FiveWater.NameOf(dimension), tasks, 0, onSchedule, 0, 0, 0m, 0, red, score);

    private static (string, IReadOnlyList<DimensionCell>) Child(string code, params DimensionCell[] cells) => (code, cells);

    [Fact]
    public void the_score_weighs_each_dimension_by_its_tasks_and_counts_add_up()
    {
        var ranked = JurisdictionRanking.Rank([Child("shaoxing",
            Cell("shaoxing", Dimension.WaterSaving, 3, 2, 1, 90m), Cell("shaoxing", Dimension.SewageTreatment, 1, 0, 2, 50m))]);

        ranked.ShouldBe([new RankedJurisdiction(1, "shaoxing", 80m, 4, 2, 3)]);
    }

    [Fact]
    public void the_higher_score_leads_then_fewer_red_lights_and_a_full_tie_shares_its_rank()
    {
        var ranked = JurisdictionRanking.Rank([
            Child("zhoushan", Cell("zhoushan", Dimension.WaterSaving, 2, 1, 3, 70m)),
            Child("jinhua", Cell("jinhua", Dimension.WaterSaving, 2, 1, 1, 70m)),
            Child("shaoxing", Cell("shaoxing", Dimension.WaterSaving, 2, 2, 0, 95m)),
            Child("huzhou", Cell("huzhou", Dimension.WaterSaving, 2, 1, 3, 70m)),
        ]);

        ranked.Select(r => (r.Rank, r.Jurisdiction)).ShouldBe([(1, "shaoxing"), (2, "jinhua"), (3, "huzhou"), (3, "zhoushan")]);
    }

    [Fact]
    public void a_child_without_tasks_scores_the_plain_mean_of_its_dimensions() =>
        JurisdictionRanking.Rank([Child("quiet", Cell("quiet", Dimension.WaterSaving, 0, 0, 0, 100m), Cell("quiet", Dimension.SewageTreatment, 0, 0, 0, 60m))])
            .Single().Score.ShouldBe(80m);
}
