using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Uploads;
using Supervision.Domain.Evidence;
using Supervision.Domain.Evidence.Uploading;
using Wolverine;

namespace Supervision.Api.Evidence.Uploading;

public sealed record EvidenceStored(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>The file's event and its bytes commit together, or neither does.</summary>
public static class UploadEvidenceHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<UploadEvidence> message, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var (command, now) = (message.Command, clock.GetUtcNow());
        var result = await StreamCommands.Start<EvidenceFile>(session, message, command.EvidenceId, command.Decide(message.Actor, now), now, ct);
        if (result.Appended) session.StoreContent(command.EvidenceId, command.Content);
        return result;
    }
}

public static class UploadEvidenceEndpoint
{
    public const long MaxEvidenceBytes = 10 * 1024 * 1024;

    public static void MapUploadEvidence(this RouteGroupBuilder evidence) =>
        evidence.MapPost("/", Upload).Idempotent().DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestBodyLimit(MaxEvidenceBytes + 64 * 1024))
            .WithSummary("Upload an evidence file (multipart field 'file'; pdf, png, jpeg, docx, xlsx; at most 10 MiB)")
            .Produces<EvidenceStored>(StatusCodes.Status201Created);

    private static async Task<IResult> Upload(HttpContext http, IMessageBus bus)
    {
        if (UploadEvidence.MayUpload(http.User.ToActor()) is { } forbidden) return Problems.From(forbidden);
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
        var command = new UploadEvidence(Guid.NewGuid(), EvidenceFileNames.Safe(file.FileName, type), type.MediaType, content);
        IdempotencyScope.Include(http, $"{command.FileName}\n{command.Sha256}");
        return await bus.Send(http, command, answer: done => Results.Created($"/api/evidence/{done.Id}",
            new EvidenceStored(done.Id, command.FileName, command.ContentType, content.Length, command.Sha256)));
    }
}
