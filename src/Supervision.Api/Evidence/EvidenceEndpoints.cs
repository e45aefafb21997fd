using System.Security.Cryptography;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks;
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
        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted)).Files.GetFile("file") : null;
        if (file is null) return Problems.From(Refusal.Invalid("file", "Send the file in a multipart field named 'file'."));
        if (file.Length > MaxEvidenceBytes)
            return Results.Problem(statusCode: 413, title: Problems.Title(413), detail: $"Evidence files are at most {MaxEvidenceBytes / 1024 / 1024} MiB.");
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, http.RequestAborted);
        var type = EvidenceTypes.Recognise(content.AsSpan(0, Math.Min(content.Length, 16)), file.FileName);
        if (type is null)
            return Results.Problem(statusCode: 415, title: "Unsupported evidence type", detail: "Evidence must be a PDF, PNG, JPEG, .docx or .xlsx file.");
        var name = Path.GetFileName(file.FileName);
        var stored = await bus.InvokeAsync<EvidenceStored>(
            new UploadEvidence(Guid.NewGuid(), name.Length > 200 ? name[^200..] : name, type, content, actor, http.Origin()), http.RequestAborted);
        return Results.Created($"/api/evidence/{stored.Id}", stored);
    }

    private static async Task<IResult> Download(Guid id, HttpContext http, IQuerySession session)
    {
        var (file, refusal) = await EvidenceAccess.Readable(session, id, http.User.ToActor(), http.RequestAborted);
        if (refusal is not null) return Problems.From(refusal);
        var content = await session.LoadContent(id, http.RequestAborted);
        return content is null ? Problems.NotFound("evidence") : Results.File(content, file!.ContentType, file.FileName);
    }

    private static async Task<IResult> Metadata(Guid id, HttpContext http, IQuerySession session)
    {
        var (file, refusal) = await EvidenceAccess.Readable(session, id, http.User.ToActor(), http.RequestAborted);
        return refusal is not null ? Problems.From(refusal) : Results.Ok(file);
    }
}
