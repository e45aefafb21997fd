using Supervision.Domain.Plans.Importing;

namespace Supervision.Domain.Tests.Plans.Tables;

/// <summary>The limits a plan file keeps leave room for every published table: no seed table is refused (新北区 prints no table).</summary>
public class when_a_published_table_is_checked_against_the_plan_limits
{
    [Theory]
    [InlineData("zhuji")]
    [InlineData("yiwu")]
    [InlineData("zhoushan")]
    [InlineData("wuxi")]
    public void its_text_export_passes(string plan) => PlanDocumentRules.Check(SeedImport.Of(plan).Imported, []).ShouldBeNull();
}
