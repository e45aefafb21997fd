using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Operations;

[Description("Make every jurisdiction a tenant of a store written with one, in place (as the schema owner, Supervision__Tenancy=jurisdiction): "
    + "./supervise db-migrate-tenancy", Name = "db-migrate-tenancy")]
public sealed class MigrateTenancyCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        if (!host.Services.GetRequiredService<Tenancy.Mode>().Enabled)
        {
            Console.Error.WriteLine($"{Tenancy.ConfigurationKey} is not 'jurisdiction': set Supervision__Tenancy=jurisdiction to migrate to it");
            return false;
        }
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var logger = host.Services.GetRequiredService<ILogger<StoreUpgrade>>();
        // The event tables go aside, Marten makes them anew partitioned by jurisdiction and gives the documents their tenant_id.
        await SingleTenantEventsAside.Apply(store, CancellationToken.None);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        Console.WriteLine(Outcome(await TenancyMigration.Run(store, host.Services.GetRequiredService<Tenancy.Mode>(), logger, CancellationToken.None)));
        await StoreUpgrade.Run(store, logger, CancellationToken.None);
        return true;
    }

    public static string Outcome(TenancyMoved? moved) => moved is null
        ? "the store's jurisdictions were already tenants"
        : $"jurisdictions are tenants: moved {moved.Streams} streams, {moved.Events} events and {moved.Documents} documents to their tenants";
}
