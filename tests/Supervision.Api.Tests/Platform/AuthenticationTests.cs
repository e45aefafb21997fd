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
    private static string Sign(object header, Dictionary<string, object?> claims, string key)
    {
        var payload = claims.Where(c => c.Value is not null).ToDictionary();
        static string Part(object value) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(value));
        var unsigned = $"{Part(header)}.{Part(payload)}";
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(key));
        var signature = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(unsigned)));
        return $"{unsigned}.{signature}";
    }

    private static Dictionary<string, object?> Claims(string issuer = "supervision", string audience = "supervision-api", int expiresInMinutes = 60,
        object? role = null, object? jurisdiction = null, object? unit = null, int issuedMinutesAgo = 90) => new()
    {
        ["sub"] = unit is null ? "dev:zhuji:office" : "dev:unit:zhuji.water", ["name"] = "督考办", ["role"] = role ?? "office", ["jurisdiction"] = jurisdiction ?? "zhuji",
        ["unit"] = unit,
        ["iss"] = issuer, ["aud"] = audience,
        ["iat"] = DateTimeOffset.UtcNow.AddMinutes(-issuedMinutesAgo).ToUnixTimeSeconds(),
        ["nbf"] = DateTimeOffset.UtcNow.AddMinutes(-issuedMinutesAgo).ToUnixTimeSeconds(),
        ["exp"] = DateTimeOffset.UtcNow.AddMinutes(expiresInMinutes).ToUnixTimeSeconds(),
    };

    private static string Signed(Dictionary<string, object?> claims) => Sign(new { alg = "HS256", typ = "JWT" }, claims, AppFixture.SigningKey);

    public static TheoryData<string, string> Tokens => new()
    {
        { "signed correctly (control)", Sign(new { alg = "HS256", typ = "JWT" }, Claims(), AppFixture.SigningKey) },
        { "alg none", $"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(Claims()))}." },
        { "wrong key", Sign(new { alg = "HS256", typ = "JWT" }, Claims(), "another-key-another-key-another-key-0123") },
        { "expired", Sign(new { alg = "HS256", typ = "JWT" }, Claims(expiresInMinutes: -10), AppFixture.SigningKey) },
        { "other issuer", Sign(new { alg = "HS256", typ = "JWT" }, Claims(issuer: "someone-else"), AppFixture.SigningKey) },
        { "other audience", Sign(new { alg = "HS256", typ = "JWT" }, Claims(audience: "another-api"), AppFixture.SigningKey) },
        { "no valid role", Sign(new { alg = "HS256", typ = "JWT" }, Claims(role: "superuser"), AppFixture.SigningKey) },
        { "two roles joined by a comma", Signed(Claims(role: "office,admin")) },
        { "two roles joined by a comma and a space (flags: department | leader = admin)", Signed(Claims(role: "department, leader")) },
        { "a role in another case", Signed(Claims(role: "Office")) },
        { "a role given by its number", Signed(Claims(role: "3")) },
        { "two roles in an array", Signed(Claims(role: new[] { "office", "admin" })) },
        { "two jurisdictions in an array", Signed(Claims(jurisdiction: new[] { "zhuji", "yiwu" })) },
        { "an unknown jurisdiction", Signed(Claims(jurisdiction: "atlantis")) },
        { "a department's two units in an array", Signed(Claims(role: "department", unit: new[] { "zhuji.water", "zhuji.construction" })) },
        { "a unit of another jurisdiction", Signed(Claims(role: "department", unit: "yiwu.water")) },
        { "a unit that is not registered", Signed(Claims(role: "department", unit: "zhuji.nobody")) },
        { "a lifetime of two days", Signed(Claims(issuedMinutesAgo: 10, expiresInMinutes: 48 * 60)) },
        { "a department of its own unit (control)", Signed(Claims(role: "department", unit: "zhuji.water")) },
        { "a lifetime of a whole day (control)", Signed(Claims(issuedMinutesAgo: 10, expiresInMinutes: 24 * 60 - 20)) },
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
