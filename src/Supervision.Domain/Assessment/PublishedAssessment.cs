using Supervision.Domain.Folding;
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

    public static readonly Fold<PublishedAssessment> Folding = Fold<PublishedAssessment>
        .StartedBy<AssessmentPublished>((x, e) => x.When(e))
        .On<AppealLodged>((x, e) => x.When(e))
        .On<AppealDecided>((x, e) => x.When(e))
        .On<AssessmentFinalized>((x, e) => x.When(e));

    private void When(AssessmentPublished e)
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

    private void When(AppealLodged e) => Appeals.Add(new Appeal(e.AppealId, e.Unit, e.Reason, e.LodgedAt));

    private void When(AppealDecided e)
    {
        var index = Appeals.FindIndex(a => a.AppealId == e.AppealId);
        if (index >= 0) Appeals[index] = Appeals[index] with { Upheld = e.Upheld, Adjustment = e.Adjustment, Decision = e.Reason };
    }

    private void When(AssessmentFinalized e)
    {
        Final = [.. e.Scores];
        Stage = AssessmentStage.Final;
    }
}
