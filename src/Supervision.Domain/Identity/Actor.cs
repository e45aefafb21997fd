namespace Supervision.Domain.Identity;

public enum Role { Office, Department, Leader, Admin }

/// <summary>Who is acting: taken from the bearer token, never from a request body.</summary>
public sealed record Actor(string UserId, string Name, Role Role, string? Unit, string Jurisdiction)
{
    public bool Is(Role role) => Role == role;

    public bool ActsFor(IEnumerable<string> units) => Role == Role.Department && Unit is not null && units.Contains(Unit);

    /// <summary>Exactly one role's name (any case): never a number, a comma-joined list or an undefined value.</summary>
    public static bool TryParseRole(string? value, out Role role)
    {
        role = default;
        foreach (var defined in Enum.GetValues<Role>())
        {
            if (!string.Equals(value, defined.ToString(), StringComparison.OrdinalIgnoreCase)) continue;
            role = defined;
            return true;
        }
        return false;
    }

    public static string RoleName(Role role) => role.ToString().ToLowerInvariant();
}
