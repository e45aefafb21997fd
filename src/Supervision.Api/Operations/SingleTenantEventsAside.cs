using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace Supervision.Api.Operations;

/// <summary>
/// Sets a one-tenant store's event tables (mt_events, mt_streams, with their keys, indexes and rows) aside in a schema of
/// their own before Marten's schema step, so that Marten creates them anew, partitioned by jurisdiction, and
/// <see cref="TenancyMigration"/> moves the rows in, each under its jurisdiction's partition. Left to Marten 9.58 (Weasel),
/// the change of an unpartitioned table to a partitioned one copies the rows through a temporary table into partitions
/// that do not exist yet, and fails. Does nothing on a store whose event tables are partitioned or not there yet. Runs
/// before Marten's schema step, or from ./supervise db-migrate-tenancy.
/// </summary>
public sealed class SingleTenantEventsAside(IDocumentStore store) : IHostedService
{
    /// <summary>A start step registered just before Marten's activator, which Marten puts first among the hosted services.</summary>
    public static void AheadOfMarten<TStep>(IServiceCollection services) where TStep : class, IHostedService
    {
        var activator = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.Name.StartsWith("MartenActivator", StringComparison.Ordinal) == true);
        services.Insert(activator is null ? 0 : services.IndexOf(activator), ServiceDescriptor.Singleton<IHostedService, TStep>());
    }

    /// <summary>Where the tables wait for the move: beside the store's schema, dropped when the move commits.</summary>
    public static string Schema(IReadOnlyStoreOptions options) => options.Events.DatabaseSchemaName + Suffix;

    public const string Suffix = "_before_tenants";

    public Task StartAsync(CancellationToken cancellationToken) => Apply(store, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task Apply(IDocumentStore store, CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        var events = new PostgresqlObjectName(schema, "mt_events", SchemaUtils.IdentifierUsage.General).QualifiedName;
        var streams = new PostgresqlObjectName(schema, "mt_streams", SchemaUtils.IdentifierUsage.General).QualifiedName;
        var aside = Schema(store.Options);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($$"""
            do $$ begin
              perform pg_advisory_xact_lock(hashtext('supervision:tenancy-migration'));
              if (select relkind from pg_class where oid = to_regclass('{{events}}')) = 'r' then
                create schema if not exists {{aside}};
                alter table {{events}} set schema {{aside}};
                alter table {{streams}} set schema {{aside}};
              end if;
            end $$;
            """, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
