using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Identity;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.Jurisdictions.Registering;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Jurisdictions of one test alone, registered as a district joining mid-period is: nothing else in the run reads or rolls
/// them up, so a test may damage their data without touching another test's answers.
/// </summary>
public static class FreshJurisdictions
{
    public static readonly Actor Registrar = new("test:registrar", "管理员", Role.Admin, null, "zhejiang");

    public static string NewJurisdiction(this AppFixture app, string? parent = null)
    {
        var code = $"t{Guid.NewGuid():N}"[..13];
        var catalog = app.Host.Services.GetRequiredService<JurisdictionCatalog>();
        var decision = new RegisterJurisdiction(code, $"测试辖区{code[1..5]}", parent)
            .Decide(null, JurisdictionRegistry.Facts(catalog, parent), Registrar, app.Clock.GetUtcNow());
        if (decision.Refusal is { } refusal) throw new InvalidOperationException(refusal.Message);
        // Off the test's synchronisation context: many tests name a fresh jurisdiction inline, as a value.
        Task.Run(async () =>
        {
            await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
            session.Events.StartStream<RegisteredJurisdiction>(RegisteredJurisdiction.StreamOf(code), [.. decision.Events]);
            await session.SaveChangesAsync();
        }).GetAwaiter().GetResult();
        catalog.Changed();
        return code;
    }

    public static Actor OfficeOf(string jurisdiction) => new($"{jurisdiction}-office", "督考办", Role.Office, null, jurisdiction);

    public static Actor LeaderOf(string jurisdiction) => new($"{jurisdiction}-leader", "领导", Role.Leader, null, jurisdiction);
}
