using Microsoft.IdentityModel.JsonWebTokens;
using System.Text.Json;
using Alba;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Workbench;

/// <summary>In Development on loopback, the workbench lists the directory and signs a picked person in.</summary>
public sealed class DevelopmentOnLoopback : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await WorkbenchHosts.Start("Development", "http://127.0.0.1:5999;http://localhost:5998", "workbench_dev", seeded: true);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// Hosts of their own, run after the shared fixture's collection: each host points Serilog's static logger at itself,
/// so running beside the shared host would take its log lines away from the tests that read them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DevelopmentCollection : ICollectionFixture<DevelopmentOnLoopback>
{
    public const string Name = "development on loopback";
}

[Collection(DevelopmentCollection.Name)]
public class when_a_developer_signs_in_on_loopback(DevelopmentOnLoopback dev)
{
    [Fact]
    public async Task the_directory_lists_a_clerk_per_registered_unit_an_office_and_a_leader_per_jurisdiction_and_an_admin()
    {
        var people = await Json(await dev.Host.GetAsJson<JsonElement>("/auth/dev/people"));

        people.ShouldContain(p => p.Id == "dev:unit:zhuji.water" && p.Name == "诸暨市水利局" && p.Role == "department" && p.Unit == "zhuji.water");
        people.ShouldContain(p => p.Id == "dev:zhuji:office" && p.Name == "诸暨市督考办" && p.Role == "office");
        people.ShouldContain(p => p.Id == "dev:shaoxing:leader" && p.Jurisdiction == "shaoxing" && p.Role == "leader");
        people.Count(p => p.Role == "admin").ShouldBe(1);
        people.Count(p => p.Role == "department" && p.Jurisdiction == "zhuji").ShouldBe(26);
        people.Select(p => p.Id).ShouldBeUnique();
    }

    [Fact]
    public async Task picking_a_person_issues_a_token_the_api_accepts_for_that_person()
    {
        var result = await dev.Host.Scenario(s => { s.Post.Json(new { personId = "dev:unit:zhuji.water" }).ToUrl("/auth/dev/sign-in"); });
        var token = (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        var claims = new JsonWebToken(token).Claims.ToDictionary(c => c.Type, c => c.Value);
        claims["sub"].ShouldBe("dev:unit:zhuji.water");
        claims["unit"].ShouldBe("zhuji.water");
        claims["role"].ShouldBe("department");
        await dev.Host.Scenario(s =>
        {
            s.Get.Url("/api/inbox");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(200);
        });
    }

    [Fact]
    public async Task an_unknown_person_is_404_and_a_missing_one_names_the_field()
    {
        await dev.Host.Scenario(s => { s.Post.Json(new { personId = "dev:unit:nobody" }).ToUrl("/auth/dev/sign-in"); s.StatusCodeShouldBe(404); });
        var missing = await dev.Host.Scenario(s => { s.Post.Json(new { personId = "" }).ToUrl("/auth/dev/sign-in"); s.StatusCodeShouldBe(400); });
        (await missing.ReadAsJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("personId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_sign_in_configuration_says_development()
    {
        var configuration = await dev.Host.GetAsJson<JsonElement>("/auth/config");
        configuration.GetProperty("mode").GetString().ShouldBe("development");
    }

    private static Task<List<Person>> Json(JsonElement element) =>
        Task.FromResult(element.Deserialize<List<Person>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    private sealed record Person(string Id, string Name, string Role, string? Unit, string Jurisdiction);
}

[Collection(DevelopmentCollection.Name)]
public class when_the_api_is_not_a_developer_s_loopback_server
{
    [Theory]
    [InlineData("Development", "http://0.0.0.0:5080", "workbench_any")]
    [InlineData("Development", "http://127.0.0.1:5080;http://192.0.2.10:5080", "workbench_lan")]
    [InlineData("Production", "http://127.0.0.1:5080", "workbench_prod")]
    public async Task the_dev_sign_in_routes_are_not_mapped(string environment, string urls, string schema)
    {
        await using var host = await WorkbenchHosts.Start(environment, urls, schema);

        await host.Scenario(s => { s.Get.Url("/auth/dev/people"); s.StatusCodeShouldBe(404); });
        await host.Scenario(s => { s.Post.Json(new { personId = DevSignInIds.Admin }).ToUrl("/auth/dev/sign-in"); s.StatusCodeShouldBe(404); });
        (await host.GetAsJson<JsonElement>("/auth/config")).GetProperty("mode").GetString().ShouldBe("none");
    }

    [Fact]
    public async Task ports_alone_bind_every_interface_so_they_count_as_not_loopback()
    {
        await using var host = await WorkbenchHosts.Start("Development", "", "workbench_ports",
            settings: new Dictionary<string, string> { ["http_ports"] = "8080" });

        await host.Scenario(s => { s.Get.Url("/auth/dev/people"); s.StatusCodeShouldBe(404); });
    }

    [Fact]
    public async Task with_an_identity_provider_configured_the_workbench_is_told_to_use_it()
    {
        await using var host = await WorkbenchHosts.Start("Development", "http://127.0.0.1:5080", "workbench_oidc", settings: new Dictionary<string, string>
        {
            ["Auth:Authority"] = "https://idp.example.test/realms/gov", ["Auth:ClientId"] = "workbench", ["Auth:Scopes"] = "openid profile supervision",
        });

        var configuration = await host.GetAsJson<JsonElement>("/auth/config");
        configuration.GetProperty("mode").GetString().ShouldBe("oidc");
        configuration.GetProperty("authority").GetString().ShouldBe("https://idp.example.test/realms/gov");
        configuration.GetProperty("clientId").GetString().ShouldBe("workbench");
        configuration.GetProperty("scope").GetString().ShouldBe("openid profile supervision");
        await host.Scenario(s => { s.Get.Url("/auth/dev/people"); s.StatusCodeShouldBe(404); });
        var page = await host.Scenario(s => s.Get.Url("/"));
        page.Context.Response.Headers.ContentSecurityPolicy.ToString().ShouldContain("connect-src 'self' https://idp.example.test");
    }
}

[Collection(ApiCollection.Name)]
public class when_the_api_runs_under_test(AppFixture app)
{
    [Fact]
    public async Task the_dev_sign_in_routes_are_not_mapped() =>
        await app.Host.Scenario(s => { s.Get.Url("/auth/dev/people"); s.StatusCodeShouldBe(404); });
}

internal static class DevSignInIds
{
    public const string Admin = "dev:admin";
}
