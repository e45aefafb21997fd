using Supervision.Domain.Jurisdictions;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Jurisdictions;

/// <summary>The inline snapshot of each jurisdiction stream: the registry every node's jurisdiction catalog reads.</summary>
public sealed class RegisteredJurisdictionProjection() : DomainFoldProjection<RegisteredJurisdiction>(RegisteredJurisdiction.Folding);
