namespace Supervision.Domain.Identity;

public enum Role { Office, Department, Leader, Admin }

/// <summary>Who is acting: taken from the bearer token, never from a request body.</summary>
public sealed record Actor(string UserId, string Name, Role Role, string? Unit, string Jurisdiction)
{
    public bool Is(Role role) => Role == role;

    public bool ActsFor(IEnumerable<string> units) => Role == Role.Department && Unit is not null && units.Contains(Unit);

    public static bool TryParseRole(string? value, out Role role)
    {
        role = default;
        return value is not null
            && Enum.TryParse(value, ignoreCase: true, out role)
            && Enum.IsDefined(role)
            && !int.TryParse(value, out _);
    }

    public static string RoleName(Role role) => role.ToString().ToLowerInvariant();
}
