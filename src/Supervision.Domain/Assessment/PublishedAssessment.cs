using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment;

public sealed record Appeal(Guid AppealId, string Unit, string Reason, DateTimeOffset LodgedAt, bool? Upheld = null,
    decimal Adjustment = 0, string? Decision = null);

public enum AssessmentStage { Published, Final }

/// <summary>A jurisdiction's period once closed: 公示 with an objection window, appeals, then 定稿. Served as published.</summary>
public sealed class PublishedAssessment
{
    public const int DefaultObjectionDays = 3;

    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string Period { get; set; } = "";
    public int RuleVersion { get; set; }
    public AssessmentStage Stage { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset ObjectionWindowEnds { get; set; }
    public List<UnitScore> Published { get; set; } = [];
    public List<UnitScore>? Final { get; set; }
    public List<Appeal> Appeals { get; set; } = [];

    public static Guid StreamFor(string jurisdiction, string period) => StableId.For("assessment", $"{jurisdiction}|{period}");

    public void Apply(AssessmentPublished e)
    {
        Id = StreamFor(e.Jurisdiction, e.Period);
        Jurisdiction = e.Jurisdiction;
        Period = e.Period;
        RuleVersion = e.RuleVersion;
        Published = [.. e.Scores];
        PublishedAt = e.PublishedAt;
        ObjectionWindowEnds = e.ObjectionWindowEnds;
        Stage = AssessmentStage.Published;
    }

    public void Apply(AppealLodged e) => Appeals.Add(new Appeal(e.AppealId, e.Unit, e.Reason, e.LodgedAt));

    public void Apply(AppealDecided e)
    {
        var index = Appeals.FindIndex(a => a.AppealId == e.AppealId);
        if (index >= 0) Appeals[index] = Appeals[index] with { Upheld = e.Upheld, Adjustment = e.Adjustment, Decision = e.Reason };
    }

    public void Apply(AssessmentFinalized e)
    {
        Final = [.. e.Scores];
        Stage = AssessmentStage.Final;
    }

    public static Decision Close(PublishedAssessment? existing, string jurisdiction, string period, int ruleVersion, DateTimeOffset asOf,
        IReadOnlyList<UnitScore> scores, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Office) || actor.Jurisdiction != jurisdiction)
            return Refusal.Forbidden("Only the supervision office of the jurisdiction closes its assessment periods.");
        if (existing is not null) return Refusal.Conflict($"Period {period} was already closed and published on {existing.PublishedAt:yyyy-MM-dd}.");
        return Decision.Accept(new AssessmentPublished(jurisdiction, period, ruleVersion, asOf, scores,
            now.AddDays(DefaultObjectionDays), actor.UserId, now));
    }

    public Decision Lodge(Guid appealId, string reason, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Department) || Published.All(s => s.Unit != actor.Unit))
            return Refusal.Forbidden("Only an assessed unit appeals its own score.");
        if (now > ObjectionWindowEnds) return Refusal.Conflict($"The objection window closed on {ObjectionWindowEnds:yyyy-MM-dd HH:mm}.");
        if (string.IsNullOrWhiteSpace(reason)) return Refusal.Invalid("reason", "Say what the appeal is about.");
        return Decision.Accept(new AppealLodged(appealId, actor.Unit!, reason, actor.UserId, now));
    }

    public Decision DecideAppeal(Guid appealId, bool uphold, decimal adjustment, string reason, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office decides appeals.");
        var appeal = Appeals.Find(a => a.AppealId == appealId);
        if (appeal is null) return Refusal.NotFound("No such appeal.");
        if (appeal.Upheld is not null) return Refusal.Conflict("The appeal was already decided.");
        if (string.IsNullOrWhiteSpace(reason)) return Refusal.Invalid("reason", "Give the reason for the decision.");
        if (uphold && adjustment is < -100 or > 100) return Refusal.Invalid("adjustment", "An adjustment is between -100 and 100 points.");
        return Decision.Accept(new AppealDecided(appealId, uphold, uphold ? adjustment : 0, reason, actor.UserId, now));
    }

    public Decision Finalize(ScoringRules rules, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office finalizes an assessment.");
        if (Stage == AssessmentStage.Final) return Refusal.Conflict("The assessment is already final.");
        if (now <= ObjectionWindowEnds) return Refusal.Conflict($"The objection window runs until {ObjectionWindowEnds:yyyy-MM-dd HH:mm}.");
        if (Appeals.Any(a => a.Upheld is null)) return Refusal.Conflict("Decide every appeal before finalizing.");
        var adjusted = Published.Select(s =>
        {
            var adjustment = Appeals.Where(a => a.Unit == s.Unit && a.Upheld == true).Sum(a => a.Adjustment);
            var total = Math.Clamp(s.Total + adjustment, 0, rules.Weights.Total);
            return s with { Total = total, Grade = rules.GradeOf(total, s.Vetoed) };
        }).OrderByDescending(s => s.Vetoed ? -1 : s.Total).ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        return Decision.Accept(new AssessmentFinalized(adjusted.Select((s, i) => s with { Rank = i + 1 }).ToList(), actor.UserId, now));
    }
}
