using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;

namespace Supervision.Api.Evidence.Viewing;

public static class EvidenceReadEndpoints
{
    public static void MapEvidenceReads(this RouteGroupBuilder evidence)
    {
        evidence.MapGet("/{id:guid}", Download).WithSummary("The file, to users allowed to see what it is attached to");
        evidence.MapGet("/{id:guid}/metadata", Metadata).WithSummary("Name, type, size, SHA-256 and attachments").Produces<EvidenceFile>();
    }

    /// <summary>Served as an attachment under its safe name (names stored before names were made safe are made safe here).</summary>
    private static async Task<IResult> Download(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        session = await Holding(id, http, session, jurisdictions);
        var (file, refusal) = await EvidenceAccess.Readable(session, id, http.User.ToActor(), http.RequestAborted);
        if (refusal is not null) return Problems.From(refusal);
        var content = await session.LoadContent(id, http.RequestAborted);
        if (content is null) return Problems.NotFound("evidence");
        var type = EvidenceTypes.Of(file!.ContentType) ?? new EvidenceType(file.ContentType, "");
        return Results.File(content, type.MediaType, EvidenceFileNames.Safe(file.FileName, type));
    }

    private static async Task<IResult> Metadata(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        session = await Holding(id, http, session, jurisdictions);
        var (file, refusal) = await EvidenceAccess.Readable(session, id, http.User.ToActor(), http.RequestAborted);
        return refusal is not null ? Problems.From(refusal) : Results.Ok(file);
    }

    /// <summary>Evidence is read in its own jurisdiction only, and by an administrator in any: the tenant that holds it among those.</summary>
    private static Task<IQuerySession> Holding(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var actor = http.User.ToActor();
        return Tenancy.Holding<EvidenceFile>(session, http, id, actor.Is(Role.Admin) ? ReadAccess.Visible(actor, jurisdictions) : [actor.Jurisdiction]);
    }
}
