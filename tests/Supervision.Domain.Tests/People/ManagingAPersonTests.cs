using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.ChangingRoles;
using Supervision.Domain.People.Deactivating;
using Supervision.Domain.People.Linking;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.People.PersonStory;

namespace Supervision.Domain.Tests.People;

public class when_a_person_leaves
{
    [Fact]
    public void the_office_deactivates_them_and_the_fold_keeps_them_inactive()
    {
        var person = Registered();

        var deactivated = new DeactivatePerson("p-zhang", "调离").Decide(person, new PersonFacts(), Office, Now).ShouldAccept<PersonDeactivated>();

        (deactivated.Jurisdiction, deactivated.Reason, deactivated.DeactivatedBy).ShouldBe((Jurisdiction, "调离", Office.UserId));
        Person.Folding.Evolve(person, deactivated)!.Active.ShouldBeFalse();
    }

    [Fact]
    public void twice_is_a_conflict()
    {
        var person = Person.Folding.Evolve(Registered(), new PersonDeactivated(Person.StreamOf("p-zhang"), Jurisdiction, "p-zhang", null, Office.UserId, Now));

        new DeactivatePerson("p-zhang", null).Decide(person, new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void another_city_s_office_does_not_see_them() =>
        new DeactivatePerson("p-zhang", null).Decide(Registered(), new PersonFacts(), YiwuOffice, Now).ShouldBeRefused(RefusalKind.NotFound);

    [Fact]
    public void nobody_deactivates_themselves()
    {
        var self = Registered(Role.Office);
        self.PersonId = Office.UserId;

        new DeactivatePerson(Office.UserId, null).Decide(self, new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void an_office_may_not_deactivate_an_administrator() =>
        new DeactivatePerson("p-zhang", null).Decide(Registered(Role.Admin), new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Forbidden);
}

public class when_a_person_changes_role
{
    [Fact]
    public void a_clerk_moves_to_another_unit_of_the_jurisdiction() =>
        new ChangePersonRole("p-zhang", Role.Department, "zhuji.construction").Decide(Registered(), new PersonFacts(), Office, Now)
            .ShouldAccept<PersonRoleChanged>().Unit.ShouldBe("zhuji.construction");

    [Fact]
    public void the_same_role_and_unit_changes_nothing() =>
        new ChangePersonRole("p-zhang", Role.Department, "zhuji.water").Decide(Registered(), new PersonFacts(), Office, Now).Events.ShouldBeEmpty();

    [Fact]
    public void an_office_may_not_make_anyone_an_administrator() =>
        new ChangePersonRole("p-zhang", Role.Admin, null).Decide(Registered(), new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void a_unit_not_registered_there_is_not_found_on_unit() =>
        new ChangePersonRole("p-zhang", Role.Department, "zhuji.nowhere").Decide(Registered(), new PersonFacts(UnitRegistered: false), Office, Now)
            .ShouldBeRefused(RefusalKind.NotFound, "unit");
}

public class when_a_person_is_linked_to_the_identity_provider
{
    [Fact]
    public void the_subject_is_kept_on_the_person()
    {
        var person = Registered();

        var linked = new LinkPerson("p-zhang", "E1024").Decide(person, new PersonFacts(), Office, Now).ShouldAccept<PersonLinked>();

        Person.Folding.Evolve(person, linked)!.Subject.ShouldBe("E1024");
    }

    [Fact]
    public void a_subject_held_by_another_person_is_a_conflict_on_subject() =>
        new LinkPerson("p-zhang", "E1024").Decide(Registered(), new PersonFacts(SubjectHeldBy: "p-li"), Office, Now)
            .ShouldBeRefused(RefusalKind.Conflict, "subject");

    [Fact]
    public void a_subject_with_spaces_or_control_characters_is_invalid_on_subject() =>
        new LinkPerson("p-zhang", "E 1024").Decide(Registered(), new PersonFacts(), Office, Now).ShouldBeRefused(RefusalKind.Invalid, "subject");
}
