using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Operations;

[Description("Bring the inline views to this release's format (after db-apply, as the schema owner): ./supervise views-upgrade",
    Name = "views-upgrade")]
public sealed class ViewsUpgradeCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var logger = host.Services.GetRequiredService<ILogger<KeptViewUpgrade>>();
        var rebuilt = await KeptViewUpgrade.Run(store, logger, CancellationToken.None);
        Console.WriteLine(rebuilt ? $"views rebuilt to format {KeptViewUpgrade.Format}" : $"views already at format {KeptViewUpgrade.Format}");
        return true;
    }
}
