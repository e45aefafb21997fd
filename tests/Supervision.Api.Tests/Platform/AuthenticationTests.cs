using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public class when_a_request_has_no_valid_token(AppFixture app)
{
    [Fact]
    public async Task no_token_is_a_401_problem()
    {
        await app.Anonymous.Send(s =>
        {
            s.Get.Url($"/api/tasks/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(401);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task a_garbage_token_is_401()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(TaskStories.NewTask()).ToUrl("/api/tasks");
            s.WithRequestHeader("Authorization", "Bearer not.a.token");
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task a_token_without_a_jurisdiction_is_401()
    {
        var token = app.TokenFor(Office with { Jurisdiction = "" });
        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/api/tasks/{Guid.NewGuid()}");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(401);
        });
    }
}

[Collection(ApiCollection.Name)]
public class when_a_token_is_forged_or_stale(AppFixture app)
{
    private static string Sign(object header, object payload, string key)
    {
        static string Part(object value) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(value));
        var unsigned = $"{Part(header)}.{Part(payload)}";
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(key));
        var signature = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(unsigned)));
        return $"{unsigned}.{signature}";
    }

    private static object Claims(string issuer = "supervision", string audience = "supervision-api", int expiresInMinutes = 60, string role = "office") => new
    {
        sub = "zhuji-office-1", name = "督考办", role, jurisdiction = "zhuji",
        iss = issuer, aud = audience,
        iat = DateTimeOffset.UtcNow.AddMinutes(-90).ToUnixTimeSeconds(),
        nbf = DateTimeOffset.UtcNow.AddMinutes(-90).ToUnixTimeSeconds(),
        exp = DateTimeOffset.UtcNow.AddMinutes(expiresInMinutes).ToUnixTimeSeconds(),
    };

    public static TheoryData<string, string> Tokens => new()
    {
        { "signed correctly (control)", Sign(new { alg = "HS256", typ = "JWT" }, Claims(), AppFixture.SigningKey) },
        { "alg none", $"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(Claims()))}." },
        { "wrong key", Sign(new { alg = "HS256", typ = "JWT" }, Claims(), "another-key-another-key-another-key-0123") },
        { "expired", Sign(new { alg = "HS256", typ = "JWT" }, Claims(expiresInMinutes: -10), AppFixture.SigningKey) },
        { "other issuer", Sign(new { alg = "HS256", typ = "JWT" }, Claims(issuer: "someone-else"), AppFixture.SigningKey) },
        { "other audience", Sign(new { alg = "HS256", typ = "JWT" }, Claims(audience: "another-api"), AppFixture.SigningKey) },
        { "no valid role", Sign(new { alg = "HS256", typ = "JWT" }, Claims(role: "superuser"), AppFixture.SigningKey) },
        { "two roles joined by a comma (flags: department | leader = admin)", Sign(new { alg = "HS256", typ = "JWT" }, Claims(role: "department, leader"), AppFixture.SigningKey) },
        { "a role by number", Sign(new { alg = "HS256", typ = "JWT" }, Claims(role: "3"), AppFixture.SigningKey) },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task only_a_correctly_signed_current_token_is_accepted(string description, string token)
    {
        var expected = description.EndsWith("(control)") ? 404 : 401;
        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/api/tasks/{Guid.NewGuid()}");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(expected);
        });
    }
}
