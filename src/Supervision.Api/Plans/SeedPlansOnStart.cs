using Marten;
using Supervision.Domain.Identity;

namespace Supervision.Api.Plans;

/// <summary>Imports every plan file of the seed folder on start (idempotent: an unchanged file appends nothing).</summary>
public sealed class SeedPlansOnStart(IDocumentStore store, PlanImporter importer, IConfiguration configuration, Infrastructure.Tenancy.Mode tenancy,
    ILogger<SeedPlansOnStart> logger)
    : IHostedService
{
    public static readonly Actor System = new("system:seed", "系统导入", Role.Admin, null, "*");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = configuration["Supervision:SeedPlans"];
        if (string.IsNullOrWhiteSpace(folder)) return;
        if (!Path.IsPathRooted(folder)) folder = Path.Combine(AppContext.BaseDirectory, folder);
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order())
        {
            var plan = PlanYaml.Read(await File.ReadAllTextAsync(file, cancellationToken));
            await using var session = await tenancy.SessionForAsync(store, plan.Jurisdiction, cancellationToken);
            var decision = await importer.Import(session, plan,
                System, Infrastructure.CommandOrigin.Internal($"seed:{Path.GetFileName(file)}"), cancellationToken);
            if (decision.Refusal is { } refusal)
            {
                logger.LogError("Seed plan {File} refused: {Reason} ({Field})", file, refusal.Message, refusal.Field);
                continue;
            }
            await session.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seed plan {Plan}: {Summary}", decision.Summary!.PlanId, decision.Summary);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
