using Marten.Events.Aggregation;
using Supervision.Domain.Assessment;

namespace Supervision.Projections.Assessment;

/// <summary>The inline snapshot of the scoring rules stream: every published version.</summary>
public partial class RuleBookProjection : SingleStreamProjection<RuleBook, Guid>
{
    public RuleBook Create(ScoringRulesPublished e) => RuleBook.Fold(null, e);

    public void Apply(ScoringRulesPublished e, RuleBook book) => book.Apply(e);
}
