using Marten;
using Supervision.Domain.Calendar;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Jurisdictions.Viewing;

/// <summary>A name of the jurisdiction and the day it took effect (none for the name it was registered with).</summary>
public sealed record JurisdictionNameView(DateOnly? From, string Name);

public sealed record JurisdictionNode(string Code, string Name, string? Parent, IReadOnlyList<JurisdictionNameView> Names,
    IReadOnlyList<JurisdictionNode> Children);

public sealed record JurisdictionTree(DateOnly AsOf, IReadOnlyList<JurisdictionNode> Jurisdictions);

public static class JurisdictionTreeEndpoint
{
    /// <summary>More than any province's cities and districts; the read stays bounded whatever the registry holds.</summary>
    public const int MaxJurisdictions = 10_000;

    public static void MapJurisdictionTree(this RouteGroupBuilder jurisdictions) =>
        jurisdictions.MapGet("/", Tree)
            .WithSummary("The jurisdiction tree (anyone signed in), named as of today or as of ?asOf=yyyy-MM-dd")
            .Produces<JurisdictionTree>();

    private static async Task<IResult> Tree(DateOnly? asOf, IQuerySession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var day = asOf ?? BusinessTime.Today(clock.GetUtcNow());
        var all = await Infrastructure.Tenancy.Global(session, http).Query<RegisteredJurisdiction>().OrderBy(j => j.Jurisdiction).Take(MaxJurisdictions).ToListAsync(ct);
        var children = all.Where(j => j.Parent is not null).ToLookup(j => j.Parent!);
        var codes = all.Select(j => j.Jurisdiction).ToHashSet();
        JurisdictionNode Node(RegisteredJurisdiction j) => new(j.Jurisdiction, j.NameOn(day), j.Parent,
            [.. j.Names.Select(n => new JurisdictionNameView(n.From == DateOnly.MinValue ? null : n.From, n.Name))],
            [.. children[j.Jurisdiction].Select(Node)]);
        return Results.Ok(new JurisdictionTree(day, [.. all.Where(j => j.Parent is null || !codes.Contains(j.Parent)).Select(Node)]));
    }
}
