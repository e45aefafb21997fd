using JasperFx.CommandLine;
using Supervision.Domain.Identity;

namespace Supervision.Api.Identity;

public sealed class TokenInput : NetCoreInput
{
    [Description("office, department, leader or admin")]
    public string RoleFlag { get; set; } = "office";

    [Description("The department's unit id (required for role department)")]
    public string? UnitFlag { get; set; }

    [Description("The jurisdiction code, e.g. zhuji")]
    public string JurisdictionFlag { get; set; } = "zhuji";

    [Description("Display name; defaults to role and unit")]
    public string? NameFlag { get; set; }

    [Description("Lifetime in hours (default Auth:TokenLifetimeHours, 8; at most Auth:MaxTokenLifetimeHours, 24)")]
    public double? HoursFlag { get; set; }
}

[Description("Print a bearer token signed with the configured key", Name = "token")]
public sealed class TokenCommand : JasperFxCommand<TokenInput>
{
    public override bool Execute(TokenInput input)
    {
        if (!Actor.TryParseRole(input.RoleFlag, out var role))
        {
            Console.Error.WriteLine($"Unknown role '{input.RoleFlag}': use office, department, leader or admin.");
            return false;
        }
        if (role == Role.Department && string.IsNullOrWhiteSpace(input.UnitFlag))
        {
            Console.Error.WriteLine("A department token needs --unit <unitId>.");
            return false;
        }

        using var host = input.BuildHost();
        var settings = host.Services.GetRequiredService<AuthSettings>();
        var name = input.NameFlag ?? $"{input.RoleFlag}{(input.UnitFlag is null ? "" : "@" + input.UnitFlag)}";
        var userId = $"{input.JurisdictionFlag}:{input.RoleFlag}:{input.UnitFlag ?? "-"}";
        var actor = new Actor(userId, name, role, input.UnitFlag, input.JurisdictionFlag);
        var lifetime = input.HoursFlag is { } hours ? TimeSpan.FromHours(hours) : TimeSpan.FromHours(settings.TokenLifetimeHours);
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromHours(settings.MaxTokenLifetimeHours))
        {
            Console.Error.WriteLine($"A token lives more than 0 and at most {settings.MaxTokenLifetimeHours} hours (Auth:MaxTokenLifetimeHours).");
            return false;
        }
        Console.WriteLine(new TokenIssuer(settings).Issue(actor, lifetime));
        return true;
    }
}
