using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.PublishingRules;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Assessment.PublishingRules;

public class when_an_administrator_publishes_scoring_rules
{
    private static readonly Actor Administrator = new("admin-1", "管理员", Role.Admin, null, Jurisdiction);

    private static readonly PublishRules Stricter = new(ScoringRules.Default with { Deductions = new Deductions(2m, 1m, 10m) }, "催办每次扣2分");

    [Fact]
    public void the_first_published_version_follows_the_default_and_serves_every_jurisdiction()
    {
        var published = Stricter.Decide(null, Administrator, Now).ShouldAccept<ScoringRulesPublished>();

        (published.Jurisdiction, published.Rules.Version, published.Note).ShouldBe((RuleBook.AllJurisdictions, 2, "催办每次扣2分"));
    }

    [Fact]
    public void each_later_version_takes_the_next_number()
    {
        var book = RuleBook.Folding.Evolve(new RuleBook(), Stricter.Decide(new RuleBook(), Administrator, Now).ShouldAccept<ScoringRulesPublished>())!;

        Stricter.Decide(book, Administrator, Now).ShouldAccept<ScoringRulesPublished>().Rules.Version.ShouldBe(3);
    }

    [Fact]
    public void weights_adding_up_to_nothing_are_invalid_on_weights() =>
        (Stricter with { Rules = ScoringRules.Default with { Weights = new ComponentWeights(0, 0, 0, 0) } })
            .Decide(null, Administrator, Now).ShouldBeRefused(RefusalKind.Invalid, "weights");

    [Fact]
    public void an_office_may_not_publish() =>
        Stricter.Decide(null, Office, Now).ShouldBeRefused(RefusalKind.Forbidden);
}
