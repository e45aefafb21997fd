using JasperFx.Events;
using Marten;
using JasperFx;
using JasperFx.MultiTenancy;
using Supervision.Api.Identity;
using Supervision.Domain.Identity;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Supervision:Tenancy=jurisdiction makes every jurisdiction a Marten tenant whose id is the jurisdiction's code:
/// documents and events are conjoined-tenanted (a tenant_id column), a request's sessions open for the caller's
/// jurisdiction (the token's jurisdiction claim), a command travels to its handler for that tenant (Wolverine opens the
/// handler's session for the envelope's tenant and carries it on the messages the handler sends), and the deadline sweep
/// opens one session per jurisdiction. Global, in the default tenant: the registry of jurisdictions, the people directory
/// (a person is looked up by token before any jurisdiction is known, and an administrator registers people anywhere) and
/// the scoring rules (one rule book for every jurisdiction); see <see cref="Projections.ProjectionRegistry.GlobalViews"/>.
/// Off by default: today's store keeps one tenant until the reads across jurisdictions are tenant-aware (README, Tenancy).
/// </summary>
public static class Tenancy
{
    public const string ConfigurationKey = "Supervision:Tenancy";

    public static bool Enabled(IConfiguration configuration) =>
        string.Equals(configuration[ConfigurationKey], "jurisdiction", StringComparison.OrdinalIgnoreCase);

    /// <summary>Conjoined documents and events; the global documents stay single-tenanted.</summary>
    public static void Configure(StoreOptions options)
    {
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.TenancyStyle = TenancyStyle.Conjoined;
        options.Schema.For<Idempotency.IdempotencyRecord>().SingleTenanted();
        options.Schema.For<Operations.StoreFormat>().SingleTenanted();
    }

    /// <summary>The tenant a caller's sessions and commands use, or null when jurisdictions are not tenants.</summary>
    public sealed record Mode(bool Enabled)
    {
        public string? TenantOf(Actor actor) => Enabled && !string.IsNullOrEmpty(actor.Jurisdiction) ? actor.Jurisdiction : null;

        /// <summary>A session for work done outside a request on one jurisdiction's data (seed imports, the plans command).</summary>
        public IDocumentSession SessionFor(IDocumentStore store, string jurisdiction) =>
            store.LightweightSession(TenantFor(jurisdiction));

        /// <summary>A read of one jurisdiction's data outside a request (a token's unit).</summary>
        public IQuerySession QueryFor(IDocumentStore store, string jurisdiction) => store.QuerySession(TenantFor(jurisdiction));

        private string TenantFor(string jurisdiction) => Enabled ? jurisdiction : StorageConstants.DefaultTenantId;
    }

    /// <summary>A request's sessions, opened for the caller's jurisdiction; outside a request (or anonymous), the default tenant.</summary>
    public sealed class CallerSessions(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
    {
        public IQuerySession QuerySession() => store.QuerySession(Tenant());

        public IDocumentSession OpenSession() => store.LightweightSession(Tenant());

        private string Tenant() => http.HttpContext?.User.FindFirst(Claims.Jurisdiction)?.Value is { Length: > 0 } jurisdiction
            ? jurisdiction
            : StorageConstants.DefaultTenantId;
    }
}
