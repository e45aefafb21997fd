using Supervision.Domain.Identity;
using Supervision.Domain.Notices;
using Supervision.Domain.Notices.Addressing;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tests.Notices;

/// <summary>Who is told what: a unit's clerks about their unit only, the office about what awaits it, leaders by digest.</summary>
public class who_is_told_what
{
    private static readonly DateTimeOffset Afternoon = new(2024, 5, 10, 15, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Task = Guid.NewGuid();

    private static readonly string[] Zhuji = ["zhuji", "shaoxing", "zhejiang"];

    private static NoticeRecipient Person(string id, Role role, string? unit = null, string jurisdiction = "zhuji") =>
        new(id, role, jurisdiction, unit, $"{id}@example.gov.cn", NoticePreferences.Default);

    private static readonly NoticeRecipient Water = Person("water", Role.Department, "zhuji.water");
    private static readonly NoticeRecipient Housing = Person("housing", Role.Department, "zhuji.construction");
    private static readonly NoticeRecipient Office = Person("office", Role.Office);
    private static readonly NoticeRecipient Leader = Person("leader", Role.Leader);
    private static readonly NoticeRecipient[] Everyone = [Water, Housing, Office, Leader];

    private static IReadOnlyList<NoticeAddressee> Told(object e, params NoticeRecipient[] people) =>
        NoticeAddressing.Decide(NoticeCauses.Of(e, ["zhuji.water"])!, NoticeRules.Defaults, people.Length > 0 ? people : Everyone, Zhuji, Afternoon);

    private static ReminderIssued Chase(ReminderKind kind = ReminderKind.Manual) =>
        new(Task, "zhuji", Guid.NewGuid(), kind, "请报送", "2024-Q1", ["zhuji.water"], "office", Afternoon);

    [Fact]
    public void a_chase_goes_to_the_chased_units_clerks_only_and_at_once()
    {
        var told = Told(Chase());
        told.Select(t => t.PersonId).ShouldBe(["water"]);
        told[0].SendAt.ShouldBe(Afternoon);
        told[0].Digest.ShouldBeFalse();
        NoticeCauses.Of(Chase(), [])!.Kind.ShouldBe(NoticeKind.Chase);
        NoticeCauses.Of(Chase(ReminderKind.DueSoon), [])!.Kind.ShouldBe(NoticeKind.Reminder);
    }

    [Fact]
    public void a_request_awaiting_a_decision_goes_to_the_office()
    {
        var request = new ExtensionRequested(Task, "zhuji", Guid.NewGuid(), new DateOnly(2024, 6, 30), new DateOnly(2024, 9, 30), "汛期", "zhuji.water",
            "water", Afternoon);
        Told(request).Select(t => t.PersonId).ShouldBe(["office"]);
    }

    [Fact]
    public void a_red_light_tells_the_unit_now_and_the_leader_in_the_morning_digest()
    {
        var red = new WarningRaised(Task, "zhuji", WarningLight.Red, [new WarningReason("overdue", WarningLight.Red, "任务已逾期")], WarningLight.Yellow, Afternoon);
        var told = Told(red);
        told.Single(t => t.PersonId == "water").Digest.ShouldBeFalse();
        var leader = told.Single(t => t.PersonId == "leader");
        leader.Digest.ShouldBeTrue();
        leader.SendAt.ShouldBe(new DateTimeOffset(2024, 5, 11, 7, 30, 0, TimeSpan.FromHours(8)));
        told.ShouldNotContain(t => t.PersonId == "office" || t.PersonId == "housing");
    }

    [Fact]
    public void a_red_light_reaches_the_leaders_above_its_jurisdiction_and_never_another_branchs()
    {
        var red = new WarningRaised(Task, "zhuji", WarningLight.Red, [new WarningReason("overdue", WarningLight.Red, "任务已逾期")], WarningLight.Yellow, Afternoon);
        var city = Person("city-leader", Role.Leader, jurisdiction: "shaoxing");
        var province = Person("province-leader", Role.Leader, jurisdiction: "zhejiang");
        var otherCity = Person("jinhua-leader", Role.Leader, jurisdiction: "jinhua");
        var otherCounty = Person("yiwu-leader", Role.Leader, jurisdiction: "yiwu");
        var cityOffice = Person("city-office", Role.Office, jurisdiction: "shaoxing");
        var cityWater = Person("city-water", Role.Department, "zhuji.water", jurisdiction: "shaoxing");

        var told = Told(red, Leader, city, province, otherCity, otherCounty, cityOffice, cityWater);

        told.Select(t => t.PersonId).Order().ShouldBe(["city-leader", "leader", "province-leader"]);
        told.ShouldAllBe(t => t.Digest);
    }

    [Fact]
    public void a_light_going_back_to_yellow_or_blue_tells_no_one()
    {
        NoticeCauses.Of(new WarningRaised(Task, "zhuji", WarningLight.Yellow, [], WarningLight.Red, Afternoon), []).ShouldBeNull();
        NoticeCauses.Of(new WarningRaised(Task, "zhuji", WarningLight.Blue, [], WarningLight.None, Afternoon), []).ShouldBeNull();
    }

    [Fact]
    public void a_person_who_muted_chases_is_not_told()
    {
        var muted = Water with { Preferences = NoticePreferences.Default with { Muted = [NoticeKind.Chase] } };
        Told(Chase(), muted, Office).ShouldBeEmpty();
    }

    [Fact]
    public void a_person_who_takes_chases_as_a_digest_gets_them_the_next_morning()
    {
        var digest = Water with { Preferences = NoticePreferences.Default with { Digest = [NoticeKind.Chase] } };
        var told = Told(Chase(), digest).Single();
        told.Digest.ShouldBeTrue();
        told.SendAt.ShouldBe(new DateTimeOffset(2024, 5, 11, 7, 30, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void a_chase_at_night_waits_for_the_persons_own_morning()
    {
        var late = Water with { Preferences = NoticePreferences.Default with { Quiet = new QuietHours(new TimeOnly(20, 0), new TimeOnly(9, 0)) } };
        var night = new DateTimeOffset(2024, 5, 10, 21, 0, 0, TimeSpan.FromHours(8));
        var told = NoticeAddressing.Decide(NoticeCauses.Of(Chase(), [])!, NoticeRules.Defaults, [late], Zhuji, night).Single();
        told.SendAt.ShouldBe(new DateTimeOffset(2024, 5, 11, 9, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void the_rules_are_data_an_office_can_change()
    {
        var rules = NoticeRules.Defaults.Append(new NoticeRule(NoticeKind.Chase, NoticeAudience.Office)).ToList();
        NoticeAddressing.Decide(NoticeCauses.Of(Chase(), [])!, rules, Everyone, Zhuji, Afternoon).Select(t => t.PersonId).Order().ShouldBe(["office", "water"]);
    }

    [Fact]
    public void the_link_opens_the_item_in_the_recipients_own_workbench()
    {
        NoticeText.Link("https://dc.example/", Role.Department, $"tasks/{Task}").ShouldBe($"https://dc.example/department/tasks/{Task}");
        NoticeText.Link("https://dc.example", Role.Office, $"tasks/{Task}").ShouldBe($"https://dc.example/office/tasks/{Task}");
        NoticeText.Link("https://dc.example", Role.Office, $"findings/{Task}").ShouldBe("https://dc.example/office/findings");
    }
}
