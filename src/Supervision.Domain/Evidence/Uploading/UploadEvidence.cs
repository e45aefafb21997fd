using System.Security.Cryptography;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Evidence.Uploading;

/// <summary>A department or the office keeps a file as evidence: the bytes live beside the event, their SHA-256 in it.</summary>
public sealed record UploadEvidence(Guid EvidenceId, string FileName, string ContentType, byte[] Content)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>Who uploads: asked before the file is read, and again by <see cref="Decide"/>.</summary>
    public static Refusal? MayUpload(Actor actor) =>
        actor.Role is Role.Department or Role.Office ? null : Refusal.Forbidden("Departments and the office upload evidence.");

    public Decision Decide(Actor actor, DateTimeOffset now) =>
        MayUpload(actor) ?? Decision.Accept(new EvidenceUploaded(EvidenceId, actor.Jurisdiction, actor.Unit, FileName, ContentType, Content.Length,
            Sha256, actor.UserId, now));
}
