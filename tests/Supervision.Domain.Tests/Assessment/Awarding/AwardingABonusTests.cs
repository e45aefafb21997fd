using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Awarding;
using Supervision.Domain.Decisions;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Assessment.Awarding;

public class when_the_office_awards_a_bonus
{
    private static readonly AwardBonus Award = new(Guid.NewGuid(), LeadUnit, 2m, "创建省级节水标杆单位");

    [Fact]
    public void a_unit_registered_in_its_jurisdiction_gets_it() =>
        Award.Decide(Office, Now, KnownUnits).ShouldAccept<BonusAwarded>()
            .ShouldBe(new BonusAwarded(Award.AwardId, Jurisdiction, LeadUnit, 2m, "创建省级节水标杆单位", Office.UserId, Now));

    [Fact]
    public void a_unit_nobody_registered_is_not_found_on_unit() =>
        (Award with { Unit = "zhuji.nowhere" }).Decide(Office, Now, KnownUnits).ShouldBeRefused(RefusalKind.NotFound, "unit");

    [Fact]
    public void another_jurisdictions_unit_is_answered_as_unknown_too()
    {
        var elsewhere = (Award with { Unit = "yiwu.water" }).Decide(Office, Now, KnownUnits).ShouldBeRefused(RefusalKind.NotFound, "unit");
        var nowhere = (Award with { Unit = "yiwu.nowhere" }).Decide(Office, Now, KnownUnits).ShouldBeRefused(RefusalKind.NotFound, "unit");

        elsewhere.Message.Replace("yiwu.water", "x").ShouldBe(nowhere.Message.Replace("yiwu.nowhere", "x"));
    }

    [Fact]
    public void the_office_of_another_jurisdiction_sees_only_its_own_registry() =>
        Award.Decide(OtherJurisdictionOffice, Now, new HashSet<string> { "yiwu.water" }).ShouldBeRefused(RefusalKind.NotFound, "unit");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void no_points_or_fewer_are_invalid_on_points(int points) =>
        (Award with { Points = points }).Decide(Office, Now, KnownUnits).ShouldBeRefused(RefusalKind.Invalid, "points");

    [Fact]
    public void a_department_or_a_leader_may_not_award_one()
    {
        Award.Decide(Department(LeadUnit), Now, KnownUnits).ShouldBeRefused(RefusalKind.Forbidden);
        Award.Decide(Leader, Now, KnownUnits).ShouldBeRefused(RefusalKind.Forbidden);
    }
}
