using JasperFx.CommandLine;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Operations;

public sealed class ShardsAssignInput : NetCoreInput
{
    [Description("The jurisdiction's code (a new one: a jurisdiction's data does not move)")]
    public string Jurisdiction { get; set; } = "";

    [Description("The shard's name")]
    public string Shard { get; set; } = "";
}

/// <summary>A jurisdiction placed on a shard before its first write: ./supervise shards assign &lt;jurisdiction&gt; &lt;shard&gt;.</summary>
[Description("Place a jurisdiction on a shard (before its registration or first write)", Name = "shards-assign")]
public sealed class ShardsAssignCommand : JasperFxAsyncCommand<ShardsAssignInput>
{
    public override async Task<bool> Execute(ShardsAssignInput input)
    {
        if (!JurisdictionRules.IsCode(input.Jurisdiction)) return ShardsAddCommand.Refused(JurisdictionRules.CodeRule);
        if (!ShardAssignment.IsName(input.Shard)) return ShardsAddCommand.Refused(ShardAssignment.NameRule);
        using var host = input.BuildHost();
        var map = host.Services.GetRequiredService<ShardMap>();
        if (await map.Assign(input.Jurisdiction, input.Shard, CancellationToken.None) is { } refusal) return ShardsAddCommand.Refused(refusal.Message);
        ShardsCommand.Print(await map.Read(CancellationToken.None));
        return true;
    }
}
