using Supervision.Domain.Assessment;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Assessment;

/// <summary>The inline snapshot of the scoring rules stream: every published version.</summary>
public sealed class RuleBookProjection() : DomainFoldProjection<RuleBook>(RuleBook.Folding);
