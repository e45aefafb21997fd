using Supervision.Domain.Tasks;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Tasks;

/// <summary>The inline snapshot of each task stream.</summary>
public sealed class SupervisedTaskProjection() : DomainFoldProjection<SupervisedTask>(SupervisedTask.Folding);
