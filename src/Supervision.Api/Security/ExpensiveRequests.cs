using Supervision.Api.Assessment;
using Supervision.Api.Identity;
using Supervision.Api.Jurisdictions;

namespace Supervision.Api.Security;

/// <summary>
/// An endpoint whose requests can fold a whole jurisdiction's events: always, or only when they ask for a past moment
/// (?asOf), other rules (?ruleVersion other than the current) or a file (?format=csv|xlsx). <paramref name="Cost"/> is
/// charged per jurisdiction the request covers when <paramref name="PerJurisdiction"/> (a roll-up, every light).
/// </summary>
public sealed record ExpensiveRequest(int Cost, bool Always, bool PerJurisdiction);

/// <summary>The one place that says which requests are expensive and what they cost; the rate limiter reads it.</summary>
public static class ExpensiveRequests
{
    private const string CostKey = "expensive-cost";

    public static RouteHandlerBuilder Expensive(this RouteHandlerBuilder builder, int cost = 1, bool always = false, bool perJurisdiction = false) =>
        builder.WithMetadata(new ExpensiveRequest(cost, always, perJurisdiction));

    /// <summary>0 for a cheap request; worked out once per request (the limiter's partitions and permits both ask).</summary>
    public static int Cost(HttpContext http)
    {
        if (http.Items[CostKey] is int known) return known;
        var cost = Work(http);
        http.Items[CostKey] = cost;
        return cost;
    }

    private static int Work(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ExpensiveRequest>() is not { } expensive) return 0;
        var query = http.Request.Query;
        var asked = expensive.Always || query.ContainsKey("asOf") || ExportTable.IsExport(query["format"]) || WhatIf(http, query["ruleVersion"]);
        if (!asked) return 0;
        return expensive.Cost * (expensive.PerJurisdiction ? Covered(http) : 1);
    }

    /// <summary>Rules other than the current version (as last read); while none has been read, any version asked.</summary>
    private static bool WhatIf(HttpContext http, string? version) =>
        version is not null
        && !(int.TryParse(version, out var asked) && http.RequestServices.GetService<RuleBooks>()?.CurrentVersion == asked);

    /// <summary>The jurisdictions the request reaches: the one asked and those below it, or all the caller sees.</summary>
    private static int Covered(HttpContext http)
    {
        var catalog = http.RequestServices.GetRequiredService<JurisdictionCatalog>();
        var asked = http.Request.Query["jurisdiction"].ToString();
        if (asked.Length > 0) return Math.Max(1, catalog.WithDescendants(asked).Count);
        return http.User.Identity?.IsAuthenticated == true ? Math.Max(1, ReadAccess.Visible(http.User.ToActor(), catalog).Count) : 1;
    }
}
