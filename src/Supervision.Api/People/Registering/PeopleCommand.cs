using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.Registering;

namespace Supervision.Api.People.Registering;

public sealed class PeopleInput : NetCoreInput
{
    [Description("register")]
    public string Action { get; set; } = "register";

    [Description("The person's id (letters, digits, '.', '_', ':', '@', '-'); default a new one")]
    public string? IdFlag { get; set; }

    [Description("The person's name")]
    public string NameFlag { get; set; } = "";

    [Description("office, department, leader or admin")]
    public string RoleFlag { get; set; } = "admin";

    [Description("The department's unit id (role department)")]
    public string? UnitFlag { get; set; }

    [Description("The jurisdiction code, e.g. zhejiang")]
    public string JurisdictionFlag { get; set; } = "";

    [Description("The identity provider's subject (or the Auth:PersonClaim value) the person signs in as")]
    public string? SubjectFlag { get; set; }
}

/// <summary>The first administrator of an installation that signs in through an identity provider has to come from somewhere.</summary>
[Description("Register a person in the directory: ./supervise people register --name 张三 --role admin --jurisdiction zhejiang --subject <sub>",
    Name = "people")]
public sealed class PeopleCommand : JasperFxAsyncCommand<PeopleInput>
{
    public override async Task<bool> Execute(PeopleInput input)
    {
        if (input.Action != "register" || !Actor.TryParseRole(input.RoleFlag, out var role))
        {
            await Console.Error.WriteLineAsync("Usage: ./supervise people register --name <name> --role office|department|leader|admin "
                + "--jurisdiction <code> [--unit <unit>] [--subject <sub>] [--id <id>]");
            return false;
        }
        using var host = input.BuildHost();
        var actor = new Actor($"cli:{Environment.UserName}", Environment.UserName, Role.Admin, null, "*");
        var command = new RegisterPerson(input.IdFlag ?? $"p-{Guid.NewGuid():N}", input.NameFlag, role, input.UnitFlag, input.JurisdictionFlag,
            Contacts.None, input.SubjectFlag);
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var result = await RegisterPersonHandler.Register(session, host.Services.GetRequiredService<JurisdictionCatalog>(), command, actor,
            CommandOrigin.Internal("cli:people"), DateTimeOffset.UtcNow, CancellationToken.None);
        if (result.Refusal is { } refusal)
        {
            await Console.Error.WriteLineAsync($"refused: {refusal.Message}{(refusal.Field is null ? "" : $" ({refusal.Field})")}");
            return false;
        }
        await session.SaveChangesAsync();
        Console.WriteLine(command.PersonId);
        return true;
    }
}
