using System.Security.Cryptography;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks;
using Supervision.Api.Uploads;
using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;
using Wolverine;

namespace Supervision.Api.Evidence;

public sealed record EvidenceStored(Guid Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record UploadEvidence(Guid EvidenceId, string FileName, string ContentType, byte[] Content, Actor Actor, CommandOrigin Origin);

public static class UploadEvidenceHandler
{
    public static EvidenceStored Handle(UploadEvidence message, IDocumentSession session, TimeProvider clock)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(message.Content));
        session.StampWith(message.Actor, message.Origin, clock.GetUtcNow());
        session.Events.StartStream<EvidenceFile>(message.EvidenceId, new EvidenceUploaded(message.EvidenceId, message.Actor.Jurisdiction,
            message.Actor.Unit, message.FileName, message.ContentType, message.Content.Length, sha, message.Actor.UserId, clock.GetUtcNow()));
        session.StoreContent(message.EvidenceId, message.Content);
        return new EvidenceStored(message.EvidenceId, message.FileName, message.ContentType, message.Content.Length, sha);
    }
}

public static class EvidenceEndpoints
{
    public const long MaxEvidenceBytes = 10 * 1024 * 1024;

    public static void MapEvidenceEndpoints(this RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/evidence").WithTags("Evidence");
        evidence.MapPost("/", Upload).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestBodyLimit(MaxEvidenceBytes + 64 * 1024))
            .WithSummary("Upload an evidence file (multipart field 'file'; pdf, png, jpeg, docx, xlsx; at most 10 MiB)")
            .Produces<EvidenceStored>(StatusCodes.Status201Created);
        evidence.MapGet("/{id:guid}", Download).WithSummary("The file, to users allowed to see what it is attached to");
        evidence.MapGet("/{id:guid}/metadata", Metadata).WithSummary("Name, type, size, SHA-256 and attachments").Produces<EvidenceFile>();
    }

    private static async Task<IResult> Upload(HttpContext http, IMessageBus bus)
    {
        var actor = http.User.ToActor();
        if (actor.Role is not (Role.Department or Role.Office))
            return Problems.From(Refusal.Forbidden("Departments and the office upload evidence."));
        var file = await UploadForm.File(http.Request, http.RequestAborted);
        if (file.Length > MaxEvidenceBytes)
            return Results.Problem(statusCode: 413, title: Problems.Title(413), detail: $"Evidence files are at most {MaxEvidenceBytes / 1024 / 1024} MiB.");
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, http.RequestAborted);
        var head = content.AsSpan(0, Math.Min(content.Length, 16));
        var parts = EvidenceTypes.IsZip(head) ? ZipGuard.Check(new MemoryStream(content, writable: false), ZipLimits.Evidence, http.RequestAborted) : [];
        var type = EvidenceTypes.Recognise(head, parts);
        if (type is null)
            return Results.Problem(statusCode: 415, title: "Unsupported evidence type", detail: "Evidence must be a PDF, PNG, JPEG, .docx or .xlsx file.");
        var stored = await bus.InvokeAsync<EvidenceStored>(new UploadEvidence(Guid.NewGuid(), EvidenceFileNames.Safe(file.FileName, type),
            type.MediaType, content, actor, http.Origin()), http.RequestAborted);
        return Results.Created($"/api/evidence/{stored.Id}", stored);
    }

    /// <summary>Served as an attachment under its safe name (names stored before names were made safe are made safe here).</summary>
    private static async Task<IResult> Download(Guid id, HttpContext http, IQuerySession session)
    {
        var (file, refusal) = await EvidenceAccess.Readable(session, id, http.User.ToActor(), http.RequestAborted);
        if (refusal is not null) return Problems.From(refusal);
        var content = await session.LoadContent(id, http.RequestAborted);
        if (content is null) return Problems.NotFound("evidence");
        var type = EvidenceTypes.Of(file!.ContentType) ?? new EvidenceType(file.ContentType, "");
        return Results.File(content, type.MediaType, EvidenceFileNames.Safe(file.FileName, type));
    }

    private static async Task<IResult> Metadata(Guid id, HttpContext http, IQuerySession session)
    {
        var (file, refusal) = await EvidenceAccess.Readable(session, id, http.User.ToActor(), http.RequestAborted);
        return refusal is not null ? Problems.From(refusal) : Results.Ok(file);
    }
}
