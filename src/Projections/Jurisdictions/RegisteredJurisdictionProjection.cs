using Supervision.Domain.Jurisdictions;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Jurisdictions;

/// <summary>The inline snapshot of each jurisdiction stream: the registry every node's jurisdiction catalog reads.</summary>
public sealed class RegisteredJurisdictionProjection() : DomainFoldProjection<RegisteredJurisdiction>(RegisteredJurisdiction.Folding)
{
    /// <summary>
    /// The view's document alias (table mt_doc_jurisdiction), which every node's catalog reads directly. Not
    /// 'registeredjurisdiction': that table holds an earlier release's plain documents, which the seed import reads once.
    /// </summary>
    public const string Alias = "jurisdiction";
}
