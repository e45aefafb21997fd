using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Operations;

[Description("Bring the inline views to this release's format, and the store to jurisdiction tenants when they are on (after db-apply, as the schema owner): ./supervise views-upgrade",
    Name = "views-upgrade")]
public sealed class ViewsUpgradeCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var logger = host.Services.GetRequiredService<ILogger<StoreUpgrade>>();
        var tenancy = host.Services.GetRequiredService<Tenancy.Mode>();
        // The move to tenants first: the events the upgrade reads are in their jurisdictions' partitions then.
        if (tenancy.Enabled) Console.WriteLine(MigrateTenancyCommand.Outcome(await TenancyMigration.Run(store, tenancy, logger, CancellationToken.None)));
        var rebuilt = await StoreUpgrade.Run(store, logger, CancellationToken.None);
        Console.WriteLine(rebuilt ? $"views rebuilt to format {StoreUpgrade.Format}" : $"views already at format {StoreUpgrade.Format}");
        return true;
    }
}
