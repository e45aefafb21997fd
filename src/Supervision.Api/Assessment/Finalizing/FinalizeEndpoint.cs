using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Finalizing;
using Wolverine;

namespace Supervision.Api.Assessment.Finalizing;

public static class FinalizeEndpoint
{
    public static void MapFinalize(this RouteGroupBuilder periods) =>
        periods.MapPost("/finalize", Handle).Idempotent().WithSummary("Finalize after the window with every appeal decided (office): 定稿");

    /// <summary>Final scores are graded under the rules the period was published with (the current ones if that version is gone).</summary>
    private static async Task<IResult> Handle(string period, HttpContext http, IMessageBus bus, IQuerySession session)
    {
        var stream = AssessmentEndpoints.PeriodStream(http, period);
        var stored = await session.LoadAsync<PublishedAssessment>(stream, http.RequestAborted);
        var book = await RuleBooks.Load(session, http.RequestAborted);
        var rules = stored is null ? book.Current : book.Find(stored.RuleVersion) ?? book.Current;
        return await bus.Send<IAssessmentCommand>(http, new FinalizeAssessment(stream, rules));
    }
}
