using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace Supervision.Api.Operations;

/// <summary>
/// Gives mt_streams conjoined tenancy's key (tenant, id) before Marten migrates the rest of a one-tenant store's schema.
/// Left to Marten 9.58 (Weasel), that key change drops the events' foreign key with the old key and adds the new one from
/// both tables' deltas, and the second add fails ("fkey_mt_events_stream_id_tenant_id already exists"); with the key in
/// place, Marten's own migration of mt_events (the new foreign key and stream-version index) runs alone. Does nothing on
/// a store that has the key or no streams table yet. Runs before Marten's schema step, or from ./supervise db-migrate-tenancy.
/// </summary>
public sealed class TenantKeyedStreams(IDocumentStore store) : IHostedService
{
    /// <summary>Registered just before Marten's activator, which Marten puts first among the hosted services.</summary>
    public static void AheadOfMarten(IServiceCollection services)
    {
        var activator = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.Name.StartsWith("MartenActivator", StringComparison.Ordinal) == true);
        services.Insert(activator is null ? 0 : services.IndexOf(activator),
            ServiceDescriptor.Singleton<IHostedService, TenantKeyedStreams>());
    }

    public Task StartAsync(CancellationToken cancellationToken) => Apply(store, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task Apply(IDocumentStore store, CancellationToken ct)
    {
        var streams = new PostgresqlObjectName(store.Options.Events.DatabaseSchemaName, "mt_streams", SchemaUtils.IdentifierUsage.General).QualifiedName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($$"""
            do $$ begin
              perform pg_advisory_xact_lock(hashtext('supervision:tenancy-migration'));
              if exists (select 1 from pg_constraint where conname = 'pkey_mt_streams_id' and conrelid = to_regclass('{{streams}}')) then
                alter table {{streams}} drop constraint pkey_mt_streams_id cascade;
                alter table {{streams}} add constraint pkey_mt_streams_tenant_id_id primary key (tenant_id, id);
              end if;
            end $$;
            """, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
