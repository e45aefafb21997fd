using JasperFx.CommandLine;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Operations;

public sealed class ShardsAddInput : NetCoreInput
{
    [Description("The shard's name, e.g. anhui (a province's code, so its jurisdictions go there)")]
    public string Name { get; set; } = "";

    [Description("Its PostgreSQL connection string")]
    public string Connection { get; set; } = "";
}

/// <summary>A database joins the shards (with the schema), while the API runs or not: ./supervise shards add &lt;name&gt; &lt;connection&gt;.</summary>
[Description("Add a database shard: it gets the schema and takes new jurisdictions", Name = "shards-add")]
public sealed class ShardsAddCommand : JasperFxAsyncCommand<ShardsAddInput>
{
    public override async Task<bool> Execute(ShardsAddInput input)
    {
        if (!ShardAssignment.IsName(input.Name)) return Refused(ShardAssignment.NameRule);
        if (input.Connection.Length > ShardAssignment.ConnectionLength || !AddShardValidator.IsConnectionString(input.Connection))
            return Refused("A PostgreSQL connection string with Host and Database.");
        using var host = input.BuildHost();
        var map = host.Services.GetRequiredService<ShardMap>();
        if (await map.Add(input.Name, input.Connection, CancellationToken.None) is { } refusal) return Refused(refusal.Message);
        ShardsCommand.Print(await map.Read(CancellationToken.None));
        return true;
    }

    public static bool Refused(string why)
    {
        Console.Error.WriteLine(why);
        return false;
    }
}
