using JasperFx.CommandLine;

namespace Supervision.Api.Operations;

/// <summary>The map of jurisdictions to shards, as the master database holds it: ./supervise shards.</summary>
[Description("Print the shards (database without credentials, jurisdictions on each), or say the store is one database", Name = "shards")]
public sealed class ShardsCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        Print(await host.Services.GetRequiredService<ShardMap>().Read(CancellationToken.None));
        return true;
    }

    public static void Print(ShardMapView map)
    {
        if (!map.Sharded)
        {
            Console.WriteLine($"one database, no shards: every jurisdiction in {map.Master}");
            return;
        }
        Console.WriteLine($"master (the map) {map.Master}");
        foreach (var shard in map.Shards)
            Console.WriteLine($"{shard.Name}\t{shard.Database}{(shard.Global ? "\t(global: registry, people, rules)" : "")}{(shard.Full ? "\t(full)" : "")}"
                + $"\t{(shard.Jurisdictions.Count == 0 ? "-" : string.Join(' ', shard.Jurisdictions))}");
    }
}
