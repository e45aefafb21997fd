using Supervision.Domain.Identity;

namespace Supervision.Domain.People;

/// <summary>How the office reaches a person: e-mail, mobile (SMS) and the work chat (浙政钉/DingTalk) id.</summary>
public sealed record Contacts(string? Email, string? Mobile, string? Dingtalk)
{
    public static readonly Contacts None = new(null, null, null);
}

/// <summary>A person joins the directory: who they are, the role and unit they act in, and how to reach them.</summary>
public sealed record PersonRegistered(
    Guid PersonStreamId, string Jurisdiction, string PersonId, string Name, Role Role, string? Unit, Contacts Contacts,
    string? Subject, string RegisteredBy, DateTimeOffset RegisteredAt) : IJurisdictionEvent;

/// <summary>The person may no longer act: their tokens are refused from the next request on.</summary>
public sealed record PersonDeactivated(
    Guid PersonStreamId, string Jurisdiction, string PersonId, string? Reason, string DeactivatedBy, DateTimeOffset DeactivatedAt)
    : IJurisdictionEvent;

/// <summary>The person acts in another role, or for another unit of the same jurisdiction.</summary>
public sealed record PersonRoleChanged(
    Guid PersonStreamId, string Jurisdiction, string PersonId, Role Role, string? Unit, string ChangedBy, DateTimeOffset ChangedAt)
    : IJurisdictionEvent;

/// <summary>The person signs in through the identity provider as this subject (its sub, or the configured claim).</summary>
public sealed record PersonLinked(
    Guid PersonStreamId, string Jurisdiction, string PersonId, string Subject, string LinkedBy, DateTimeOffset LinkedAt)
    : IJurisdictionEvent;
