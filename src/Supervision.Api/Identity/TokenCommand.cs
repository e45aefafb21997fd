using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Jurisdictions;
using Supervision.Api.People.Registering;
using Supervision.Api.People.Seeding;
using Supervision.Api.Plans;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.Units;

namespace Supervision.Api.Identity;

public sealed class TokenInput : NetCoreInput
{
    [Description("A person of the directory, by id (needs the database); otherwise the seed person of --role/--unit/--jurisdiction")]
    public string? PersonFlag { get; set; }

    [Description("office, department, leader or admin")]
    public string RoleFlag { get; set; } = "office";

    [Description("The department's unit id (required for role department)")]
    public string? UnitFlag { get; set; }

    [Description("The jurisdiction code, e.g. zhuji")]
    public string JurisdictionFlag { get; set; } = "zhuji";

    [Description("Display name; defaults to the person's")]
    public string? NameFlag { get; set; }

    [Description("Lifetime in hours (default Auth:TokenLifetimeHours, 8; at most Auth:MaxTokenLifetimeHours, 24)")]
    public double? HoursFlag { get; set; }
}

/// <summary>
/// A token for a person of the directory. --person names one (read from the database); --role/--unit/--jurisdiction name
/// the seed person of that role (dev:zhuji:office, dev:unit:zhuji.water, dev:admin), which a seeded API registers at
/// start; with a database configured, it is registered there now if missing.
/// </summary>
[Description("Print a bearer token signed with the configured key, for a person of the directory", Name = "token")]
public sealed class TokenCommand : JasperFxAsyncCommand<TokenInput>
{
    public override async Task<bool> Execute(TokenInput input)
    {
        using var host = input.BuildHost();
        var settings = host.Services.GetRequiredService<AuthSettings>();
        var lifetime = input.HoursFlag is { } hours ? TimeSpan.FromHours(hours) : TimeSpan.FromHours(settings.TokenLifetimeHours);
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromHours(settings.MaxTokenLifetimeHours))
            return Refuse($"A token lives more than 0 and at most {settings.MaxTokenLifetimeHours} hours (Auth:MaxTokenLifetimeHours).");
        var actor = input.PersonFlag is { } id ? await Registered(host, id) : await Seed(host, input);
        if (actor is null) return false;
        Console.WriteLine(new TokenIssuer(settings).Issue(actor with { Name = input.NameFlag ?? actor.Name }, lifetime));
        return true;
    }

    private static async Task<Actor?> Registered(IHost host, string id)
    {
        if (!Configured(host)) return Missing("--person reads the directory: configure ConnectionStrings__Marten.");
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var person = PersonRules.IsPersonId(id) ? await session.LoadAsync<Person>(Person.StreamOf(id)) : null;
        if (person is not { Active: true }) return Missing($"No active person '{id}' in the directory.");
        return new Actor(person.PersonId, person.Name, person.Role, person.Unit, person.Jurisdiction);
    }

    private static async Task<Actor?> Seed(IHost host, TokenInput input)
    {
        if (!Actor.TryParseRole(input.RoleFlag, out var role)) return Missing($"Unknown role '{input.RoleFlag}': use office, department, leader or admin.");
        if (role == Role.Department && string.IsNullOrWhiteSpace(input.UnitFlag)) return Missing("A department token needs --unit <unitId>.");
        var catalog = host.Services.GetRequiredService<JurisdictionCatalog>();
        if (!Configured(host)) return AsActor(SeedPeople.Matching(role, input.UnitFlag, input.JurisdictionFlag, null, catalog));
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var unitName = input.UnitFlag is null ? null
            : await session.Query<RegisteredUnit>().Where(u => u.UnitId == input.UnitFlag).Select(u => u.Name).FirstOrDefaultAsync();
        var seed = SeedPeople.Matching(role, input.UnitFlag, input.JurisdictionFlag, unitName, catalog);
        var result = await RegisterPersonHandler.Register(session, catalog, seed, SeedPlansOnStart.System,
            Infrastructure.CommandOrigin.Internal("cli:token"), DateTimeOffset.UtcNow, CancellationToken.None);
        if (result.Refusal is { Field: not "id" } refusal) return Missing($"The seed person {seed.PersonId} cannot be registered: {refusal.Message}");
        if (result.Refusal is null) await session.SaveChangesAsync();
        return AsActor(seed);
    }

    private static Actor AsActor(Domain.People.Registering.RegisterPerson seed) => new(seed.PersonId, seed.Name, seed.Role, seed.Unit, seed.Jurisdiction);

    private static bool Configured(IHost host) =>
        host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten") is { Length: > 0 };

    private static Actor? Missing(string why)
    {
        Console.Error.WriteLine(why);
        return null;
    }

    private static bool Refuse(string why)
    {
        Console.Error.WriteLine(why);
        return false;
    }
}
