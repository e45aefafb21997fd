using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Jurisdictions of one test alone, added as a district joining mid-period is: nothing else in the run reads or rolls
/// them up, so a test may damage their data without touching another test's answers.
/// </summary>
public static class FreshJurisdictions
{
    public static string NewJurisdiction(this AppFixture app, string? parent = null)
    {
        var code = $"t{Guid.NewGuid():N}"[..13];
        app.Host.Services.GetRequiredService<JurisdictionCatalog>().Add(new Jurisdiction(code, $"测试辖区{code[1..5]}", parent));
        return code;
    }

    public static Actor OfficeOf(string jurisdiction) => new($"{jurisdiction}-office", "督考办", Role.Office, null, jurisdiction);

    public static Actor LeaderOf(string jurisdiction) => new($"{jurisdiction}-leader", "领导", Role.Leader, null, jurisdiction);
}
