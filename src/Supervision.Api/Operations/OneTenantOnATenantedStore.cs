using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace Supervision.Api.Operations;

/// <summary>
/// Stops a start with <c>Supervision__Tenancy=single</c> on a store already moved to jurisdiction tenants (its events
/// partitioned by jurisdiction), before Marten's schema step would try to change the tables back and fail with a message
/// of its own. Nothing is changed; the operator is told which setting to drop.
/// </summary>
public sealed class OneTenantOnATenantedStore(IDocumentStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var events = new PostgresqlObjectName(store.Options.Events.DatabaseSchemaName, "mt_events", SchemaUtils.IdentifierUsage.General);
        await using var connection = store.Storage.Database.CreateConnection();
        // A database that cannot be reached is reported by the steps after this one, in their own words.
        try { await connection.OpenAsync(cancellationToken); }
        catch (Exception unreachable) when (unreachable is NpgsqlException or ArgumentException) { return; }
        await using var command = new NpgsqlCommand("select relkind::text from pg_class where oid = to_regclass($1)", connection)
        {
            Parameters = { new() { Value = events.QualifiedName } },
        };
        if (await command.ExecuteScalarAsync(cancellationToken) is "p")
            throw new InvalidOperationException(
                $"This store holds jurisdictions as tenants ({events.QualifiedName} is partitioned by jurisdiction), so it cannot be "
                + $"served with {Infrastructure.Tenancy.ConfigurationKey.Replace(":", "__")}=single. Remove that setting (jurisdiction "
                + "tenants are the default); nothing was changed.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
