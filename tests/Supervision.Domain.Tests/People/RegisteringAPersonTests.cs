using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.People.PersonStory;

namespace Supervision.Domain.Tests.People;

public class when_the_office_registers_a_person
{
    [Fact]
    public void a_clerk_of_one_of_its_units_joins_the_directory_as_given()
    {
        var contacts = new Contacts("zhang@zhuji.gov.cn", "+8613900001111", "zhang.san");

        var registered = Registration(contacts: contacts, subject: "E1024").Decide(null, new PersonFacts(), Office, Now)
            .ShouldAccept<PersonRegistered>();

        (registered.PersonStreamId, registered.Jurisdiction, registered.PersonId, registered.Name, registered.Role, registered.Unit)
            .ShouldBe((Person.StreamOf("p-zhang"), Jurisdiction, "p-zhang", "张三", Role.Department, "zhuji.water"));
        (registered.Contacts, registered.Subject, registered.RegisteredBy, registered.RegisteredAt).ShouldBe((contacts, "E1024", Office.UserId, Now));
    }

    [Theory]
    [InlineData(Role.Office)]
    [InlineData(Role.Leader)]
    public void office_colleagues_and_leaders_of_its_jurisdiction_too(Role role) =>
        Registration(role).Decide(null, new PersonFacts(), Office, Now).ShouldAccept<PersonRegistered>().Role.ShouldBe(role);

    [Fact]
    public void an_administrator_is_registered_only_by_an_administrator()
    {
        Registration(Role.Admin).Decide(null, new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Forbidden);
        Registration(Role.Admin).Decide(null, new PersonFacts(), Admin, Now).ShouldAccept<PersonRegistered>();
    }

    [Fact]
    public void another_city_s_office_departments_and_leaders_may_not() =>
        new[] { YiwuOffice, Clerk, Leader }.ShouldAllBe(actor =>
            Registration(Role.Leader, null, null, null, Jurisdiction).Decide(null, new PersonFacts(), actor, Now).Refusal!.Kind == RefusalKind.Forbidden);

    [Fact]
    public void a_clerk_needs_a_unit_registered_in_the_jurisdiction()
    {
        Registration(unit: null).Decide(null, new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Invalid, "unit");
        Registration().Decide(null, new PersonFacts(UnitRegistered: false), Office, Now).ShouldBeRefused(RefusalKind.NotFound, "unit");
    }

    [Fact]
    public void nobody_else_acts_for_a_unit() =>
        (Registration(Role.Leader) with { Unit = "zhuji.water" }).Decide(null, new PersonFacts(), Office, Now)
            .ShouldBeRefused(RefusalKind.Invalid, "unit");

    [Fact]
    public void an_unknown_jurisdiction_is_not_found_for_an_administrator() =>
        Registration(Role.Leader, jurisdiction: "atlantis").Decide(null, new PersonFacts(JurisdictionKnown: false), Admin, Now)
            .ShouldBeRefused(RefusalKind.NotFound, "jurisdiction");

    [Theory]
    [InlineData("zhang@", "contacts.email")]
    [InlineData("zhang@zhuji.gov.cn\n", "contacts.email")]
    [InlineData("1390000111", "contacts.mobile")]
    [InlineData("23900001111", "contacts.mobile")]
    [InlineData("钉钉号", "contacts.dingtalk")]
    public void contacts_of_the_wrong_form_are_invalid_on_their_field(string value, string field)
    {
        var contacts = field switch
        {
            "contacts.email" => Contacts.None with { Email = value },
            "contacts.mobile" => Contacts.None with { Mobile = value },
            _ => Contacts.None with { Dingtalk = value },
        };
        Registration(contacts: contacts).Decide(null, new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Invalid, field);
    }

    [Fact]
    public void a_role_the_enum_does_not_define_is_invalid_on_role() =>
        Registration((Role)42, null).Decide(null, new PersonFacts(), Admin, Now).ShouldBeRefused(RefusalKind.Invalid, "role");

    [Fact]
    public void a_subject_another_person_signs_in_as_is_a_conflict_on_subject() =>
        Registration(subject: "E1024").Decide(null, new PersonFacts(SubjectHeldBy: "p-li"), Office, Now).ShouldBeRefused(RefusalKind.Conflict, "subject");

    [Fact]
    public void an_id_already_registered_is_a_conflict() =>
        Registration().Decide(Registered(), new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Conflict, "id");
}
