using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Projections;
using Supervision.Projections.Assessment;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Supervision.Api.Operations;

/// <param name="Agents">Every background agent this node runs (Wolverine's addresses).</param>
/// <param name="Projections">The async projection agents it runs, one per projection and jurisdiction under jurisdiction tenancy: in a cluster, those Wolverine assigned to it (<see cref="NodeProjections"/>).</param>
public sealed record NodeView(int Node, Guid NodeId, bool Cluster, IReadOnlyList<string> Agents, IReadOnlyList<ProjectionAgent> Projections);

/// <param name="Jurisdiction">The jurisdiction (tenant) whose events the agent projects; null for a store-wide agent, the default tenant's for the global views.</param>
public sealed record ProjectionAgent(string Projection, string? Jurisdiction, string Status);

public sealed record DeadMessage(Guid Id, string MessageType, string ExceptionType, string ExceptionMessage, DateTimeOffset SentAt, bool Replayable);

public sealed record DeadLetters(IReadOnlyList<DeadMessage> Messages, IReadOnlyList<ProjectionFailure> Projections, long SkippedEvents);

/// <summary>What an administrator needs to operate the service: which node runs what, and what failed and waits for a replay.</summary>
public static class OperationsEndpoints
{
    public static void MapAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").AddEndpointFilter(async (context, next) =>
            context.HttpContext.User.ToActor().Is(Role.Admin) ? await next(context)
                : Problems.From(Refusal.Forbidden("Only an administrator sees the service's internals.")));
        admin.MapGet("/node", Node).WithSummary("This process: its node number, and the background agents (async projections, leadership) it runs")
            .Produces<NodeView>();
        admin.MapGet("/dead-letters", List).WithSummary("Messages whose handler kept failing, views the daemon set aside, events it skipped")
            .Produces<DeadLetters>();
        admin.MapPost("/dead-letters/messages/{id:guid}/replay", ReplayMessage)
            .WithSummary("Hand a dead-lettered message back to its handler (after the fix)");
        admin.MapPost("/dead-letters/projections/{jurisdiction}/replay", ReplayProjection)
            .WithSummary("Recompute a jurisdiction's kept views now (after the fix); 409 if it still fails");
        admin.MapShards();
    }

    private static async Task<NodeView> Node(IWolverineRuntime runtime, IDocumentStore store, IConfiguration configuration, IServiceProvider services)
    {
        var cluster = Clustering.Enabled(configuration);
        return new NodeView(runtime.Options.Durability.AssignedNodeNumber, runtime.Options.UniqueNodeId, cluster,
            runtime.Agents.AllRunningAgentUris().Select(u => u.ToString()).Order().ToList(),
            await NodeProjections.Running(runtime, store, services, cluster));
    }

    private static async Task<DeadLetters> List(IWolverineRuntime runtime, IQuerySession session, HttpContext http, JurisdictionCatalog jurisdictions,
        CancellationToken ct)
    {
        var results = await runtime.Storage.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageSize = 500 }, ct);
        var messages = results.Envelopes.Select(e => new DeadMessage(e.Id, e.MessageType, e.ExceptionType, e.ExceptionMessage, e.SentAt, e.Replayable)).ToList();
        var projections = (await Tenancy.ListAcross<ProjectionFailure>(session, ReadAccess.Visible(http.User.ToActor(), jurisdictions), ct)).OrderBy(f => f.Id);
        var skipped = await session.Query<JasperFx.Events.Daemon.DeadLetterEvent>().CountAsync(ct);
        return new DeadLetters(messages, projections.ToList(), skipped);
    }

    private static async Task<IResult> ReplayMessage(Guid id, IWolverineRuntime runtime, CancellationToken ct)
    {
        if (await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id) is null) return Problems.NotFound("dead-lettered message");
        await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery([id]), ct);
        return Results.Accepted();
    }

    /// <summary>In the jurisdiction's own tenant under jurisdiction tenancy, where the daemon set its views aside.</summary>
    private static async Task<IResult> ReplayProjection(string jurisdiction, IDocumentStore store, Tenancy.Mode tenancy, JurisdictionCatalog jurisdictions,
        CancellationToken ct)
    {
        if (jurisdictions.Find(jurisdiction) is null) return Problems.NotFound("set-aside view");
        await using var session = await tenancy.SessionForAsync(store, jurisdiction, ct);
        var id = ProjectionFailure.IdFor(CurrentAssessmentProjection.Name, jurisdiction);
        if (await session.LoadAsync<ProjectionFailure>(id, ct) is null) return Problems.NotFound("set-aside view");
        var rules = (await Assessment.RuleBooks.Load(session, ct)).Current;
        try
        {
            await CurrentAssessmentProjection.Keep(session, jurisdiction, rules, long.MaxValue, ct);
        }
        catch (Exception e) when (!ProjectionFailure.IsTransient(e))
        {
            return Problems.From(Refusal.Conflict($"{jurisdiction}'s views still fail to compute: {e.GetBaseException().Message}"));
        }
        session.Delete<ProjectionFailure>(id);
        await session.SaveChangesAsync(ct);
        return Results.Ok(new { jurisdiction, replayed = true });
    }
}
