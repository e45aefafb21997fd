using Marten.Events.Aggregation;
using Supervision.Domain.Assessment;

namespace Supervision.Projections.Assessment;

/// <summary>The inline snapshot of a closed period: published scores, appeals, final scores, served as they were.</summary>
public partial class PublishedAssessmentProjection : SingleStreamProjection<PublishedAssessment, Guid>
{
    public PublishedAssessment Create(AssessmentPublished e)
    {
        var assessment = new PublishedAssessment();
        assessment.Apply(e);
        return assessment;
    }

    public void Apply(AppealLodged e, PublishedAssessment assessment) => assessment.Apply(e);

    public void Apply(AppealDecided e, PublishedAssessment assessment) => assessment.Apply(e);

    public void Apply(AssessmentFinalized e, PublishedAssessment assessment) => assessment.Apply(e);
}
