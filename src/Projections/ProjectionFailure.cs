using Marten.Exceptions;
using Npgsql;

namespace Supervision.Projections;

/// <summary>
/// The async daemon's dead letter for one kept view: what failed to apply, where the daemon was, and why. Kept until an
/// administrator replays it after the fix (or a later event recomputes the view cleanly); the daemon goes on meanwhile.
/// </summary>
public sealed class ProjectionFailure
{
    public string Id { get; set; } = "";
    public string Projection { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public long Sequence { get; set; }
    public DateTimeOffset EventAt { get; set; }
    public int Attempts { get; set; }
    public string ErrorType { get; set; } = "";
    public string Message { get; set; } = "";

    public static string IdFor(string projection, string jurisdiction) => $"{projection}:{jurisdiction}";

    public static ProjectionFailure Of(string projection, string jurisdiction, long sequence, DateTimeOffset eventAt, int attempts, Exception error) => new()
    {
        Id = IdFor(projection, jurisdiction), Projection = projection, Jurisdiction = jurisdiction, Sequence = sequence, EventAt = eventAt,
        Attempts = attempts, ErrorType = error.GetType().FullName ?? error.GetType().Name, Message = Innermost(error).Message,
    };

    /// <summary>Database trouble is the daemon's to retry (it pauses and resumes the shard); anything else is the data's or the code's.</summary>
    public static bool IsTransient(Exception e) => e is NpgsqlException or TimeoutException or OperationCanceledException
        || e is MartenCommandException { InnerException: NpgsqlException } || e.InnerException is NpgsqlException;

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
