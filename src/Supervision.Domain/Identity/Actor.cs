namespace Supervision.Domain.Identity;

public enum Role { Office, Department, Leader, Admin }

/// <summary>Who is acting: taken from the bearer token, never from a request body.</summary>
public sealed record Actor(string UserId, string Name, Role Role, string? Unit, string Jurisdiction)
{
    public bool Is(Role role) => Role == role;

    public bool ActsFor(IEnumerable<string> units) => Role == Role.Department && Unit is not null && units.Contains(Unit);

    /// <summary>Exactly office, department, leader or admin: "department, leader" would otherwise parse as flags (to Admin).</summary>
    public static bool TryParseRole(string? value, out Role role) => Decisions.EnumNames.TryParse(value, out role);

    public static string RoleName(Role role) => Decisions.EnumNames.Of(role);
}
