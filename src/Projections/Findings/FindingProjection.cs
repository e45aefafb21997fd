using Supervision.Domain.Findings;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Findings;

/// <summary>The inline snapshot of each finding stream (问题 → 整改 → 验收 → 销号).</summary>
public sealed class FindingProjection() : DomainFoldProjection<Finding>(Finding.Folding);
