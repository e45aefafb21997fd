using Supervision.Domain.Assessment;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Assessment;

/// <summary>The inline snapshot of a closed period: published scores, appeals, final scores, served as they were.</summary>
public sealed class PublishedAssessmentProjection() : DomainFoldProjection<PublishedAssessment>(PublishedAssessment.Folding);
