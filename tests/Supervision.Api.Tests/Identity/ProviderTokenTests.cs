using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Alba;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Identity;

[Collection(ProviderCollection.Name)]
public class when_people_sign_in_at_the_identity_provider(ProviderSignIn idp)
{
    [Fact]
    public async Task a_linked_person_acts_with_the_directory_s_role_never_the_provider_s()
    {
        var admin = new ApiClient(idp.Api, await idp.Provider.SignIn(ProviderSignIn.AdminSubject));
        var subject = $"alice-{Guid.NewGuid():N}";
        var alice = (await admin.Post("/api/people", new { name = "王丽", role = "leader", jurisdiction = "shaoxing", subject }, 201))
            .GetProperty("id").GetString()!;

        var asAlice = new ApiClient(idp.Api, await idp.Provider.SignIn(subject));

        (await asAlice.Get($"/api/people/{alice}")).GetProperty("subject").GetString().ShouldBe(subject);
        var me = await asAlice.Get("/api/people/me");
        (me.GetProperty("id").GetString(), me.GetProperty("role").GetString(), me.GetProperty("jurisdiction").GetString())
            .ShouldBe((alice, "leader", "shaoxing"));
        await asAlice.GetAll("/api/inbox");
        // The provider's token says role=admin; the directory says leader, and a leader registers nobody.
        await asAlice.Post("/api/people", new { name = "x", role = "leader", jurisdiction = "shaoxing" }, 403);
    }

    [Fact]
    public async Task a_service_signs_in_with_client_credentials_as_the_person_linked_to_its_client_id()
    {
        var admin = new ApiClient(idp.Api, await idp.Provider.SignIn(ProviderSignIn.AdminSubject));
        await admin.Post("/api/people", new { name = "报送机器人", role = "office", jurisdiction = "zhuji", subject = IdentityProvider.Service }, 201);

        var service = new ApiClient(idp.Api, await idp.Provider.ServiceToken());

        (await service.GetAll("/api/people?jurisdiction=zhuji")).ShouldContain(p => p.GetProperty("subject").GetString() == IdentityProvider.Service);
    }

    [Fact]
    public async Task a_subject_linked_to_nobody_is_403()
    {
        var stranger = new ApiClient(idp.Api, await idp.Provider.SignIn("stranger"));

        var refused = await stranger.Get("/api/inbox", 403);

        refused.GetProperty("detail").GetString()!.ShouldContain("linked to no person");
    }

    [Fact]
    public async Task a_deactivated_person_s_provider_token_is_401_from_the_next_request_on()
    {
        var admin = new ApiClient(idp.Api, await idp.Provider.SignIn(ProviderSignIn.AdminSubject));
        var subject = $"bob-{Guid.NewGuid():N}";
        var bob = (await admin.Post("/api/people", new { name = "赵强", role = "leader", jurisdiction = "zhuji", subject }, 201)).GetProperty("id").GetString();
        var asBob = new ApiClient(idp.Api, await idp.Provider.SignIn(subject));
        await asBob.GetAll("/api/inbox");

        await admin.Post($"/api/people/{bob}/deactivate", null);

        await asBob.Get("/api/inbox", 401);
    }

    [Fact]
    public async Task a_token_signed_by_another_key_is_401_whatever_key_id_it_names()
    {
        var genuine = new JsonWebToken(await idp.Provider.SignIn(ProviderSignIn.AdminSubject));
        var forger = new RsaSecurityKey(RSA.Create(2048));

        foreach (var kid in new[] { genuine.Kid, "forged-key" })
        {
            forger.KeyId = kid;
            var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = idp.Provider.Issuer, Audience = IdentityProvider.Audience, Expires = DateTime.UtcNow.AddMinutes(30),
                Subject = new ClaimsIdentity([new Claim("sub", ProviderSignIn.AdminSubject)]),
                SigningCredentials = new SigningCredentials(forger, SecurityAlgorithms.RsaSha256),
            });
            await new ApiClient(idp.Api, forged).Get("/api/inbox", 401);
        }
    }

    [Fact]
    public async Task the_provider_refuses_a_code_exchanged_without_its_pkce_verifier() =>
        (await idp.Provider.ExchangeWithWrongVerifier(ProviderSignIn.AdminSubject)).ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task an_installation_may_link_people_by_a_configured_claim_such_as_the_employee_number()
    {
        var admin = new ApiClient(idp.ApiByEmployeeNumber, await idp.Provider.SignIn(ProviderSignIn.AdminSubject));
        var subject = $"carol-{Guid.NewGuid():N}";
        await admin.Post("/api/people", new { name = "钱芳", role = "leader", jurisdiction = "zhuji", subject = IdentityProvider.EmployeeNumberOf(subject) }, 201);
        await admin.Post("/api/people", new { name = "孙伟", role = "leader", jurisdiction = "zhuji", subject = $"dave-{subject}" }, 201);

        await new ApiClient(idp.ApiByEmployeeNumber, await idp.Provider.SignIn(subject)).GetAll("/api/inbox");
        await new ApiClient(idp.ApiByEmployeeNumber, await idp.Provider.SignIn($"dave-{subject}")).Get("/api/inbox", 403);
    }
}

/// <summary>Runs after the tests above (same collection, its own class): the provider's new key is the only one left.</summary>
[Collection(ProviderCollection.Name)]
public class when_the_provider_rotates_its_signing_key(ProviderSignIn idp)
{
    [Fact]
    public async Task the_api_fetches_the_new_key_set_on_the_unknown_key_id_and_refuses_the_retired_key()
    {
        var before = await idp.Provider.SignIn(ProviderSignIn.AdminSubject);
        await new ApiClient(idp.Api, before).GetAll("/api/inbox");

        await idp.Provider.RotateKey();
        var after = await idp.Provider.SignIn(ProviderSignIn.AdminSubject);

        new JsonWebToken(after).Kid.ShouldNotBe(new JsonWebToken(before).Kid);
        await Eventually.True(async () => await Status(after) == 200, "a token signed with the provider's new key is accepted", 20);
        (await Status(before)).ShouldBe(401);
    }

    private async Task<int> Status(string token)
    {
        var result = await idp.Api.Scenario(s =>
        {
            s.Get.Url("/api/inbox");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }
}
