using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Identity;

namespace Supervision.Api.Plans;

public sealed class PlansInput : NetCoreInput
{
    [Description("import")]
    public string Action { get; set; } = "import";

    [Description("Plan files (.yaml)")]
    public string[] Files { get; set; } = [];
}

[Description("Import plan files: ./supervise plans import data/plans/zhuji.yaml", Name = "plans")]
public sealed class PlansCommand : JasperFxAsyncCommand<PlansInput>
{
    public override async Task<bool> Execute(PlansInput input)
    {
        if (input.Action != "import" || input.Files.Length == 0)
        {
            Console.Error.WriteLine("Usage: ./supervise plans import <file> [<file> ...]");
            return false;
        }
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var importer = host.Services.GetRequiredService<PlanImporter>();
        var actor = new Actor($"cli:{Environment.UserName}", Environment.UserName, Role.Admin, null, "*");
        var ok = true;
        foreach (var file in input.Files)
        {
            var document = PlanYaml.Read(await File.ReadAllTextAsync(file));
            await using var session = await host.Services.GetRequiredService<Infrastructure.Tenancy.Mode>().SessionForAsync(store, document.Jurisdiction, CancellationToken.None);
            var decision = await importer.Import(session, document, actor, CommandOrigin.Internal($"cli:{Path.GetFileName(file)}"), CancellationToken.None);
            if (decision.Refusal is { } refusal)
            {
                Console.Error.WriteLine($"{file}: refused: {refusal.Message} {refusal.Field}");
                ok = false;
                continue;
            }
            await session.SaveChangesAsync();
            Console.WriteLine($"{file}: {decision.Summary}");
        }
        return ok;
    }
}
