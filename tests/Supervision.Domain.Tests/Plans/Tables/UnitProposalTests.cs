using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Tables;

namespace Supervision.Domain.Tests.Plans.Tables;

public class when_a_table_names_units_the_registry_does_not_hold
{
    [Theory]
    [InlineData("市水利局", "water")]
    [InlineData("市发展和改革局", "development-reform")]
    [InlineData("市住房和城乡建设局", "housing-construction")]
    [InlineData("市机关事务管理中心", "government-offices-center")]
    [InlineData("市政园林局", "municipal-landscape")]
    [InlineData("市政府", "government")]
    [InlineData("市市场监督管理局", "market-regulation")]
    [InlineData("市节约用水工作领导小组各成员单位", "water-saving-leading-group-members")]
    public void the_id_is_made_of_the_english_words_of_its_known_parts(string name, string slug) => UnitSlug.For(name).ShouldBe(slug);

    [Fact]
    public void a_name_with_no_known_part_gets_a_stable_ascii_id_never_the_chinese_name()
    {
        var slug = UnitSlug.For("人行诸暨支行营业部");

        slug.ShouldBe(UnitSlug.For("人行诸暨支行营业部"));
        slug.ShouldAllBe(c => c < 128);
        UnitSlug.For("华东某某研究院").ShouldStartWith("unit-");
    }

    [Theory]
    [InlineData("水务集团", UnitKind.Enterprise)]
    [InlineData("市自来水公司", UnitKind.Enterprise)]
    [InlineData("市节水工作领导小组", UnitKind.Collective)]
    [InlineData("社区居民委员会", UnitKind.Collective)]
    [InlineData("各镇街", UnitKind.Collective)]
    [InlineData("市委宣传部", UnitKind.Party)]
    [InlineData("团委", UnitKind.Party)]
    [InlineData("市政府", UnitKind.Government)]
    [InlineData("市政园林局", UnitKind.Department)]
    public void the_kind_is_guessed_from_the_name(string name, UnitKind kind) => UnitKinds.Guess(name).ShouldBe(kind);

    [Fact]
    public void two_spellings_that_look_alike_are_one_proposed_unit_with_an_alias()
    {
        var table = new PlanTable(["具体内容", "牵头单位", "配合单位"],
            [["开展节水宣传。", "市发改委", "市教育局"], ["推进价格改革。", "市发展改革委", "教育局"]]);

        var plan = PlanTableReader.Read(table, new TableImportOptions("city-plan-2022", "city", "方案", new DateOnly(2022, 12, 31), []));

        var reform = plan.Units.Single(u => u.Id == "city.development-reform");
        (reform.Name, reform.Aliases.Single()).ShouldBe(("市发改委", "市发展改革委"));
        plan.Units.Select(u => u.Id).ShouldBe(["city.development-reform", "city.education"]);
    }

    [Fact]
    public void a_new_spelling_of_a_registered_unit_is_proposed_as_its_alias_not_as_a_new_unit()
    {
        var reform = new UnitDefinition("city.development-reform", "市发改局", UnitKind.Department, []);
        var table = new PlanTable(["具体内容", "牵头单位"], [["推进价格改革。", "市发展和改革局"]]);

        var plan = PlanTableReader.Read(table, new TableImportOptions("city-plan-2022", "city", "方案", new DateOnly(2022, 12, 31), [reform]));

        plan.Tasks.Single().LeadUnits.ShouldBe(["city.development-reform"]);
        var proposal = UnitProposals.Of(plan, [reform]).ShouldHaveSingleItem();
        (proposal.Id, proposal.Name, proposal.Registered).ShouldBe(("city.development-reform", "市发改局", true));
        proposal.NewAliases.ShouldBe(["市发展和改革局"]);
    }
}
