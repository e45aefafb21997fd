using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Registering;
using static Supervision.Domain.Tests.Units.UnitStory;

namespace Supervision.Domain.Tests.Units;

public class when_the_office_registers_a_unit
{
    private static RegisterUnit Registration(string id = "zhoushan.ocean", string name = "市海洋与渔业局", params string[] aliases) =>
        new(id, Jurisdiction, name, UnitKind.Department, aliases);

    [Fact]
    public void the_unit_joins_the_registry_under_a_stream_of_its_id_with_its_aliases()
    {
        var events = Registration(aliases: ["海洋渔业局", " 海洋渔业局 ", "市海洋与渔业局"]).Decide(new UnitFacts(null, Registry), Office, Now).Accepted();

        var registered = events.ShouldHaveSingleItem().ShouldBeOfType<UnitRegistered>();
        (registered.UnitStreamId, registered.UnitId, registered.Jurisdiction, registered.Name, registered.RegisteredBy)
            .ShouldBe((StableId.Unit("zhoushan.ocean"), "zhoushan.ocean", Jurisdiction, "市海洋与渔业局", Office.UserId));
        registered.Aliases.ShouldBe(["海洋渔业局"]);
    }

    [Fact]
    public void only_its_own_office_or_an_administrator_registers_one()
    {
        Registration().Decide(new UnitFacts(null, Registry), OtherOffice, Now).Refused(RefusalKind.Forbidden);
        Registration().Decide(new UnitFacts(null, Registry), Clerk, Now).Refused(RefusalKind.Forbidden);
        Registration().Decide(new UnitFacts(null, Registry), Admin, Now).Accepted().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("zhoushan.Ocean")]
    [InlineData("zhoushan")]
    [InlineData("zhoushan..ocean")]
    [InlineData("舟山.海洋")]
    public void the_id_is_a_readable_slug(string id) =>
        Registration(id).Decide(new UnitFacts(null, Registry), Office, Now).Refused(RefusalKind.Invalid, "id");

    [Fact]
    public void the_id_lies_under_the_jurisdiction_s_code() =>
        Registration("yiwu.ocean").Decide(new UnitFacts(null, Registry), Office, Now).Refused(RefusalKind.Unprocessable, "id");

    [Fact]
    public void an_id_taken_or_a_name_another_unit_answers_to_is_a_conflict()
    {
        Registration(Group).Decide(FactsOf(Group), Office, Now).Refused(RefusalKind.Conflict, "id");
        Registration(aliases: "市水利局").Decide(new UnitFacts(null, Registry), Office, Now).Refused(RefusalKind.Conflict, "name");
    }

    [Fact]
    public void aliases_are_bounded_in_count_and_length()
    {
        var many = Enumerable.Range(0, InputLimits.AliasesPerUnit + 1).Select(i => $"别名{i}").ToArray();
        Registration(aliases: many).Decide(new UnitFacts(null, Registry), Office, Now).Refused(RefusalKind.Invalid, "aliases");
        Registration(aliases: new string('局', InputLimits.UnitLength + 1)).Decide(new UnitFacts(null, Registry), Office, Now)
            .Refused(RefusalKind.Invalid, "aliases");
    }

    [Fact]
    public void an_unknown_jurisdiction_is_not_found() =>
        Registration().Decide(new UnitFacts(null, [], JurisdictionKnown: false), Admin, Now).Refused(RefusalKind.NotFound);
}
