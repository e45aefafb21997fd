using Supervision.Api.Infrastructure;

namespace Supervision.Api.Jurisdictions;

/// <summary>A jurisdiction an answer over several could not compute: left out of the figures, and named with a short reason.</summary>
public sealed record UnavailableJurisdiction(string Jurisdiction, string Name, string Reason);

/// <summary>
/// Computes one jurisdiction's part of an answer that spans several (a parent's roll-up, the sweep of every jurisdiction)
/// on its own, so that one jurisdiction's damaged data never takes the others down: a failure of the data or the code is
/// logged and the jurisdiction named; the rest is served. An unreachable database or a cancelled request is not caught:
/// then nothing can be computed, and the whole answer is a 503 (or nothing) to retry.
/// </summary>
public sealed class JurisdictionIsolation(JurisdictionCatalog jurisdictions, ILogger<JurisdictionIsolation> logger)
{
    public const string Reason = "该辖区数据异常，暂无法计算，已记录待处理";

    public async Task<(T? Value, UnavailableJurisdiction? Unavailable)> Try<T>(string jurisdiction, string what, Func<Task<T>> compute)
    {
        try
        {
            return (await compute(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException && !ProblemExceptionHandler.DatabaseUnavailable(e))
        {
            logger.LogError(e, "{What} of jurisdiction {Jurisdiction} could not be computed; it is left out of the answer and named", what, jurisdiction);
            return (default, new UnavailableJurisdiction(jurisdiction, jurisdictions.NameOf(jurisdiction), Reason));
        }
    }
}
