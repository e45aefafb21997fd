using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Jurisdictions;

/// <summary>
/// What a registration needs from outside its stream: the line from the parent up to the top (the parent first), or
/// null when the parent is not registered.
/// </summary>
public sealed record JurisdictionFacts(IReadOnlyList<string>? ParentLine);

/// <summary>The shape of a jurisdiction's code and name, and who registers and renames jurisdictions.</summary>
public static partial class JurisdictionRules
{
    public const int CodeLength = 40;
    public const int NameLength = 50;

    /// <summary>Province, city, district, town, village: deeper trees are a mistake, not a structure.</summary>
    public const int MaxDepth = 5;

    /// <summary>A rename recorded late reaches back at most this far; one announced ahead, at most a year.</summary>
    public const int RenameDaysBack = 5 * 366;
    public const int RenameDaysAhead = 366;

    /// <summary>Lowercase ASCII letters, digits and inner hyphens, starting with a letter: it goes into URLs, tokens and keys.</summary>
    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static bool IsName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= NameLength && InputLimits.IsClean(name) && !name.Contains('\n');

    public const string CodeRule = "A code of 2 to 40 lowercase letters, digits or inner hyphens, starting with a letter (e.g. keqiao).";
    public static readonly string NameRule = $"A name of 1 to {NameLength} characters on one line.";

    /// <summary>An administrator registers anywhere; the office of a jurisdiction registers the jurisdictions directly below it.</summary>
    public static Refusal? MayManageChildOf(Actor actor, string? parent) =>
        actor.Is(Role.Admin) || (actor.Is(Role.Office) && parent is not null && actor.Jurisdiction == parent)
            ? null
            : Refusal.Forbidden(parent is null
                ? "Only an administrator registers or renames a top-level jurisdiction."
                : "Only the office of the parent jurisdiction, or an administrator, registers or renames a jurisdiction.");

    /// <summary>The parent is registered, the code is not on its line (no cycle), and the tree stays within its depth.</summary>
    public static Refusal? Placement(string code, string? parent, JurisdictionFacts facts)
    {
        if (parent is null) return null;
        if (facts.ParentLine is not { } line) return Refusal.NotFound($"No jurisdiction '{parent}' to register under.", "parent");
        if (line.Contains(code)) return Refusal.Unprocessable("parent", "A jurisdiction cannot be placed under itself or below itself.");
        return line.Count + 1 > MaxDepth
            ? Refusal.Unprocessable("parent", $"The registry is at most {MaxDepth} levels deep.")
            : null;
    }

    /// <summary>A rename takes effect after the latest one (else a conflict with the history), within the bounds of <see cref="RenameDaysBack"/>/<see cref="RenameDaysAhead"/>.</summary>
    public static Refusal? EffectiveOn(RegisteredJurisdiction jurisdiction, DateOnly effectiveOn, DateOnly today)
    {
        if (effectiveOn < today.AddDays(-RenameDaysBack) || effectiveOn > today.AddDays(RenameDaysAhead))
            return Refusal.Unprocessable("effectiveOn", $"A rename takes effect within five years back and one year ahead of {today:yyyy-MM-dd}.");
        return effectiveOn <= jurisdiction.LatestNameFrom
            ? Refusal.Conflict($"A rename takes effect after the latest one ({jurisdiction.LatestNameFrom:yyyy-MM-dd}).", "effectiveOn")
            : null;
    }

    [GeneratedRegex(@"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])\z")]
    private static partial Regex CodePattern();
}
