using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Operations;

public sealed record AddShardRequest(string? Name, string? Connection);

public sealed record AssignShardRequest(string? Jurisdiction, string? Shard);

public sealed class AddShardValidator : AbstractValidator<AddShardRequest>
{
    public AddShardValidator()
    {
        RuleFor(r => r.Name).NotEmpty().Must(ShardAssignment.IsName).WithMessage(ShardAssignment.NameRule);
        RuleFor(r => r.Connection).RequiredText(ShardAssignment.ConnectionLength).Must(IsConnectionString)
            .WithMessage("A PostgreSQL connection string, e.g. Host=db2;Port=5432;Database=supervision;Username=...;Password=...");
    }

    public static bool IsConnectionString(string? text)
    {
        try
        {
            return new Npgsql.NpgsqlConnectionStringBuilder(text) is { Host.Length: > 0, Database.Length: > 0 };
        }
        catch (Exception e) when (ShardEndpoints.IsMalformed(e))
        {
            return false;
        }
    }
}

public sealed class AssignShardValidator : AbstractValidator<AssignShardRequest>
{
    public AssignShardValidator()
    {
        RuleFor(r => r.Jurisdiction).NotEmpty().Must(JurisdictionRules.IsCode).WithMessage(JurisdictionRules.CodeRule);
        RuleFor(r => r.Shard).NotEmpty().Must(ShardAssignment.IsName).WithMessage(ShardAssignment.NameRule);
    }
}

/// <summary>The shard map, a shard added and a jurisdiction placed, under /api/admin (administrators only).</summary>
public static class ShardEndpoints
{
    public const string AdminsPolicy = "shard-admins";

    /// <summary>How Npgsql refuses a connection string it cannot read (an unknown keyword, a port that is no number).</summary>
    public static bool IsMalformed(Exception e) => e is ArgumentException or FormatException or InvalidCastException or OverflowException;

    /// <summary>The map's reader and writer, and the policy that refuses anyone but an administrator before a body is read.</summary>
    public static WebApplicationBuilder AddSupervisionShards(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShardMap>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminsPolicy,
            policy => policy.RequireAuthenticatedUser().RequireClaim(Identity.Claims.Role, "admin"));
        return builder;
    }

    public static void MapShards(this RouteGroupBuilder admin)
    {
        admin.MapGet("/shards", (ShardMap map, CancellationToken ct) => map.Read(ct))
            .WithSummary("The shards: each one's database (without credentials) and jurisdictions; one database when none are configured")
            .Produces<ShardMapView>();
        admin.MapPost("/shards", Add).RequireAuthorization(AdminsPolicy).Validated<AddShardRequest>()
            .WithSummary("Add a database shard while the service runs (it gets the schema; new jurisdictions may go there)")
            .Produces<ShardMapView>(StatusCodes.Status201Created);
        admin.MapPost("/shards/assignments", Assign).RequireAuthorization(AdminsPolicy).Validated<AssignShardRequest>()
            .WithSummary("Place a jurisdiction on a shard before its first write (its data never moves between shards)")
            .Produces<ShardMapView>();
    }

    private static async Task<IResult> Add(AddShardRequest request, ShardMap map, CancellationToken ct) =>
        await map.Add(request.Name!, request.Connection!, ct) is { } refusal
            ? Problems.From(refusal)
            : Results.Created($"/api/admin/shards", await map.Read(ct));

    private static async Task<IResult> Assign(AssignShardRequest request, ShardMap map, CancellationToken ct) =>
        await map.Assign(request.Jurisdiction!, request.Shard!, ct) is { } refusal ? Problems.From(refusal) : Results.Ok(await map.Read(ct));
}
