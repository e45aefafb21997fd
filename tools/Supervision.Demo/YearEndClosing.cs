using Marten;
using Supervision.Api.Tasks;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Appealing;
using Supervision.Domain.Assessment.ClosingPeriods;
using Supervision.Domain.Assessment.Finalizing;
using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Projections.Assessment;

namespace Supervision.Demo;

/// <summary>
/// 年度考核: each office closes the past year in the first week of January (公示); the last-ranked unit appeals the
/// next day, the office decides the appeal the day after (upheld with a point in even years, rejected in odd ones),
/// and finalizes once the three-day objection window has passed.
/// </summary>
public static class YearEndClosing
{
    /// <summary>In the first week of a January after the start, when the whole closing lies inside the span.</summary>
    public static bool Due(DateTimeOffset week, DemoSpan span)
    {
        var day = BusinessTime.Today(week);
        return day.Month == 1 && day.Day <= 7 && week > span.Start && week.AddDays(4) < span.End;
    }

    public static async Task<int> Close(IDocumentSession session, List<SupervisedTask> tasks, DateTimeOffset at)
    {
        var year = BusinessTime.Today(at).Year - 1;
        if (!AssessmentPeriod.TryParse($"{year}", out var period)) return 0;
        var count = 0;
        foreach (var jurisdiction in tasks.Select(t => t.Jurisdiction).Distinct().Order())
        {
            var scores = ScoreCalculator.Compute(await AssessmentFactsLoader.Load(session, jurisdiction, period, at, CancellationToken.None), ScoringRules.Default);
            count += Close(session, jurisdiction, period, year, scores, at);
        }
        return count;
    }

    private static int Close(IDocumentSession session, string jurisdiction, AssessmentPeriod period, int year, IReadOnlyList<UnitScore> scores, DateTimeOffset at)
    {
        var office = new Actor($"{jurisdiction}-office-demo", "督考办", Role.Office, null, jurisdiction);
        PublishedAssessment? assessment = null;
        var decided = new List<(object Event, Actor Actor, DateTimeOffset At)>();
        bool Take(Decision decision, Actor actor, DateTimeOffset moment)
        {
            if (decision.IsRefused) return false;
            foreach (var e in decision.Events)
            {
                assessment = PublishedAssessment.Folding.Evolve(assessment, e);
                decided.Add((e, actor, moment));
            }
            return true;
        }

        if (!Take(new ClosePeriod(jurisdiction, period, ScoringRules.Default).Decide(null, scores, office, at), office, at)) return 0;
        if (scores.MaxBy(s => s.Rank) is { } last)
        {
            var unit = new Actor($"{last.Unit}-demo", last.Unit, Role.Department, last.Unit, jurisdiction);
            var appealId = Domain.StableId.For("demo-appeal", $"{jurisdiction}/{year}");
            if (Take(new LodgeAppeal(assessment!.Id, appealId, "部分报送逾期系系统故障所致，申请复核").Decide(assessment, unit, at.AddDays(1)), unit, at.AddDays(1)))
            {
                IAssessmentCommand decision = year % 2 == 0
                    ? new UpholdAppeal(assessment.Id, appealId, 1, "经核实系系统故障，加回1分")
                    : new RejectAppeal(assessment.Id, appealId, "经核实报送逾期属实，维持原评分");
                Take(decision.Decide(assessment, office, at.AddDays(2)), office, at.AddDays(2));
            }
        }
        Take(new FinalizeAssessment(assessment!.Id, ScoringRules.Default).Decide(assessment, office, at.AddDays(4)), office, at.AddDays(4));
        var action = session.Events.StartStream<PublishedAssessment>(PublishedAssessment.StreamFor(jurisdiction, $"{year}"),
            decided.Select(d => d.Event).ToArray());
        for (var i = 0; i < decided.Count; i++) action.Events[i].Stamp(decided[i].Actor, $"demo:close:{year}", decided[i].At);
        return decided.Count;
    }
}
