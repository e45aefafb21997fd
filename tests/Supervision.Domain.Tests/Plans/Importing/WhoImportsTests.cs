using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_someone_imports_a_plan
{
    public static TheoryData<string> NotAllowed => ["office of another jurisdiction", "department", "leader"];

    public static TheoryData<string> Allowed => ["office of the plan's jurisdiction", "administrator"];

    private static Actor Who(string name) => name switch
    {
        "office of another jurisdiction" => OtherJurisdictionOffice,
        "department" => Department,
        "leader" => Leader,
        "administrator" => Admin,
        _ => Office,
    };

    [Theory]
    [MemberData(nameof(NotAllowed))]
    public void it_is_forbidden_to_anyone_but_the_plans_office_or_an_administrator(string who) =>
        new ImportPlan(Plan).Decide(ImportState.Empty, Who(who), Now).ShouldBeRefused(RefusalKind.Forbidden);

    [Theory]
    [MemberData(nameof(NotAllowed))]
    public void a_re_import_is_forbidden_to_them_as_well(string who) =>
        ImportScenario.Imported(Plan).Reimport(Plan with { Title = "诸暨市节水行动实施方案" }, Who(who))
            .ShouldBeRefused(RefusalKind.Forbidden);

    [Theory]
    [MemberData(nameof(Allowed))]
    public void the_plans_office_or_an_administrator_imports_it(string who)
    {
        var decision = new ImportPlan(Plan).Decide(ImportState.Empty, Who(who), Now);

        decision.ShouldBeAccepted().PlanRegistered.ShouldBeTrue();
        decision.EventsOf<PlanRegistered>().ShouldHaveSingleItem().RegisteredBy.ShouldBe(Who(who).UserId);
    }

    [Fact]
    public void a_department_is_refused_before_the_document_is_checked() =>
        new ImportPlan(Plan with { Tasks = [] }).Decide(ImportState.Empty, Department, Now).ShouldBeRefused(RefusalKind.Forbidden);
}

public class when_an_import_is_asked_for_before_its_file_is_read
{
    [Fact]
    public void a_department_or_a_leader_is_refused_whatever_jurisdiction_it_names()
    {
        ImportPlan.MayImport(Department, null)!.Kind.ShouldBe(RefusalKind.Forbidden);
        ImportPlan.MayImport(Leader, Leader.Jurisdiction)!.Kind.ShouldBe(RefusalKind.Forbidden);
    }

    [Fact]
    public void an_office_naming_another_jurisdiction_is_refused_and_naming_none_is_left_to_the_file()
    {
        ImportPlan.MayImport(OtherJurisdictionOffice, Office.Jurisdiction)!.Kind.ShouldBe(RefusalKind.Forbidden);
        ImportPlan.MayImport(OtherJurisdictionOffice, null).ShouldBeNull();
        ImportPlan.MayImport(Office, Office.Jurisdiction).ShouldBeNull();
        ImportPlan.MayImport(Admin, "yiwu").ShouldBeNull();
    }
}
