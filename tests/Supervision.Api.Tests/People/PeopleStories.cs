using System.Text.Json;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.People;

/// <summary>A district of its own with one registered unit (its water bureau), its office and its leader.</summary>
public sealed record District(string Code, string Unit, Actor Office, Actor Leader)
{
    public static async Task<District> Joined(AppFixture app)
    {
        var code = app.NewJurisdiction();
        var plan = new SmallPlan(code);
        var office = FreshJurisdictions.OfficeOf(code);
        await app.As(office).PostText("/api/plans/import", plan.Yaml, "application/yaml");
        return new District(code, plan.Unit, office, FreshJurisdictions.LeaderOf(code));
    }

    /// <summary>The office registers a person and answers their id.</summary>
    public async Task<string> Registers(AppFixture app, Role role, object? contacts = null, string? subject = null, Actor? by = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = role == Role.Department ? "张三" : "李四", ["role"] = Actor.RoleName(role), ["jurisdiction"] = Code,
            ["unit"] = role == Role.Department ? Unit : null, ["contacts"] = contacts, ["subject"] = subject,
        };
        var registered = await app.As(by ?? Office).Post("/api/people", body.Where(p => p.Value is not null).ToDictionary(), 201);
        return registered.GetProperty("id").GetString()!;
    }

    /// <summary>The person as the directory holds them, acting with the token a sign-in would issue.</summary>
    public static async Task<Actor> AsSignedIn(AppFixture app, string personId)
    {
        var person = await app.As(Support.People.ProvinceAdmin).Get($"/api/people/{personId}");
        Actor.TryParseRole(person.GetProperty("role").GetString(), out var role);
        return new Actor(personId, person.GetProperty("name").GetString()!, role,
            person.GetProperty("unit").ValueKind == JsonValueKind.String ? person.GetProperty("unit").GetString() : null,
            person.GetProperty("jurisdiction").GetString()!);
    }
}
