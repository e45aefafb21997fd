namespace Supervision.Domain.Warnings;

/// <summary>Ordered by severity: the worst applies.</summary>
public enum WarningLight { None, Blue, Yellow, Red }

/// <summary>Why a light is on: a code a program can act on, the light it calls for, and a sentence a person can.</summary>
public sealed record WarningReason(string Code, WarningLight Light, string Message, DateOnly? Deadline = null);
