namespace Supervision.Domain.Decisions;

public enum RefusalKind { Invalid, Unauthorized, Forbidden, NotFound, Conflict, Unprocessable }

/// <summary>Why a command was refused; a refused command appends nothing.</summary>
public sealed record Refusal(RefusalKind Kind, string Message, string? Field = null)
{
    public static Refusal Invalid(string field, string message) => new(RefusalKind.Invalid, message, field);
    public static Refusal Forbidden(string message) => new(RefusalKind.Forbidden, message);
    public static Refusal NotFound(string message, string? field = null) => new(RefusalKind.NotFound, message, field);
    public static Refusal Conflict(string message, string? field = null) => new(RefusalKind.Conflict, message, field);

    /// <summary>Well formed, but cannot be done as asked (a used Idempotency-Key with a different request).</summary>
    public static Refusal Unprocessable(string field, string message) => new(RefusalKind.Unprocessable, message, field);
}
