using Supervision.Api.Identity;
using Supervision.Api.Infrastructure.Idempotency;
using Wolverine;

namespace Supervision.Api.Infrastructure;

/// <summary>How every endpoint sends its command through Wolverine and turns what it came to into HTTP.</summary>
public static class CommandDispatch
{
    /// <summary>How long an endpoint waits for any command; the longest ones (a large plan import, a period close) fit in it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <param name="command">Typed as its kind (<c>ITaskCommand</c>, <c>RecordFinding</c> ...): the kind picks the handler.</param>
    /// <param name="answer">The success answer; <see cref="Ok"/> unless given. A refusal is a problem; a repeat is marked Idempotent-Replayed.</param>
    /// <param name="jurisdiction">
    /// Where the command acts when that is not the caller's own jurisdiction (an administrator's unit commands): its tenant
    /// under jurisdiction tenancy. The domain still decides whether the caller may act there.
    /// </param>
    /// <param name="global">
    /// A command on the default tenant's streams (the registry, the people directory, the rule book): on shards it runs in the
    /// default tenant, on the global shard, whoever sends it.
    /// </param>
    public static async Task<IResult> Send<TCommand>(this IMessageBus bus, HttpContext http, TCommand command, long? expectedVersion = null,
        Guid? createdId = null, Func<CommandResult, IResult>? answer = null, string? jurisdiction = null, bool global = false) where TCommand : notnull
    {
        var actor = http.User.ToActor();
        var message = new CommandMessage<TCommand>(command, actor, http.Origin(), expectedVersion, createdId);
        var tenancy = http.RequestServices.GetRequiredService<Tenancy.Mode>();
        var tenant = global && tenancy.Sharded ? JasperFx.StorageConstants.DefaultTenantId
            : tenancy.TenantOf(jurisdiction is null ? actor : actor with { Jurisdiction = jurisdiction });
        if (tenant is not null && tenant != JasperFx.StorageConstants.DefaultTenantId)
        {
            // A jurisdiction named in a body (a plan file's) that is not registered has no tenant: refused before anything is made
            // for it (a code that cannot be one before the catalog is asked). A registration on another node is seen here within
            // the catalog's miss interval (a second).
            if (!Domain.Jurisdictions.JurisdictionRules.IsCode(tenant)
                || http.RequestServices.GetRequiredService<Jurisdictions.JurisdictionCatalog>().Find(tenant) is null)
                return Problems.From(Domain.Decisions.Refusal.NotFound("No such jurisdiction: it is not registered (see GET /api/jurisdictions).", "jurisdiction"));
            await tenancy.ProvideAsync(http.RequestServices.GetRequiredService<Marten.IDocumentStore>(), tenant, http.RequestAborted);
        }
        var result = tenant is not null
            ? await bus.InvokeForTenantAsync<CommandResult>(tenant, message, http.RequestAborted, Timeout)
            : await bus.InvokeAsync<CommandResult>(message, http.RequestAborted, Timeout);
        if (result.Refusal is { } refusal) return Problems.From(refusal);
        if (result.Replayed) http.Response.Headers[IdempotencyScope.ReplayedHeader] = "true";
        return (answer ?? Ok)(result);
    }

    public static IResult Ok(CommandResult done) => Results.Ok(new Changed(done.Id, done.Version));

    /// <summary>201 with <see cref="Changed"/>, and a Location under <paramref name="collection"/> when the item has an address of its own.</summary>
    public static Func<CommandResult, IResult> Created(string? collection = null) => done => collection is null
        ? Results.Json(new Changed(done.Id, done.Version), statusCode: StatusCodes.Status201Created)
        : Results.Created($"{collection}/{done.Id}", new Changed(done.Id, done.Version));
}
