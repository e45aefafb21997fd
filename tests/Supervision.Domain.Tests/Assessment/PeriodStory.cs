using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.ClosingPeriods;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Assessment;

/// <summary>
/// The year 2022 of the usual jurisdiction, closed by its office on <see cref="Now"/>: the lead unit at 85 points, the
/// second lead unit at 70; the objection window runs three days.
/// </summary>
public sealed class PeriodStory
{
    public static readonly AssessmentPeriod Year = new("2022", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

    public static readonly IReadOnlyList<UnitScore> Scores = [Score(LeadUnit, 85m, 1), Score(SecondLeadUnit, 70m, 2)];

    public static readonly ClosePeriod Close = new(Jurisdiction, Year, ScoringRules.Default);

    public PublishedAssessment Assessment { get; private set; } = new();

    public Guid StreamId => Close.StreamId;

    public static DateTimeOffset AfterTheWindow => Now.AddDays(PublishedAssessment.DefaultObjectionDays).AddMinutes(1);

    public static PeriodStory Closed()
    {
        var story = new PeriodStory();
        story.Fold(Close.Decide(null, Scores, Office, Now));
        return story;
    }

    public Decision When(IAssessmentCommand command, Actor actor, DateTimeOffset? at = null) => command.Decide(Assessment, actor, at ?? Now);

    public PeriodStory Then(IAssessmentCommand command, Actor actor, DateTimeOffset? at = null)
    {
        Fold(When(command, actor, at));
        return this;
    }

    private void Fold(Decision decision)
    {
        if (decision.Refusal is { } refusal) throw new InvalidOperationException($"A story step was refused ({refusal.Kind}): {refusal.Message}");
        foreach (var e in decision.Events) Assessment = PublishedAssessment.Folding.Evolve(Assessment, e)!;
    }

    private static UnitScore Score(string unit, decimal total, int rank)
    {
        var none = new ComponentScore("none", "无", 0, 0, 0, "", [], []);
        return new UnitScore(Jurisdiction, unit, Year.Name, 1, Now, [], none, none, total, ScoringRules.Default.GradeOf(total, false), false, rank);
    }
}
